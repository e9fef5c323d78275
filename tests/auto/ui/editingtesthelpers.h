#pragma once

// Shared by the editing tests (taskeditor, importpreview, recipeexport): sample bots, scripts and
// events, and a driver for modal message boxes that reacts to QApplication::activeModalWidget()
// from the event loop instead of sleeping.

#include "models/host.h"
#include "models/script.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace TheEye::Testing {

inline Host host(const QString &id, const QString &hostname, bool reporting = true)
{
    return Host(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("hostname"), hostname},
                    {QStringLiteral("state"),
                     reporting ? QStringLiteral("normal") : QStringLiteral("updates_stopped")}});
}

inline Script script(const QString &id, const QString &filename, const QByteArray &content)
{
    QJsonObject json = Script::forContent(filename, content).toJson();
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("creation_date"), QStringLiteral("2026-11-28T15:46:07.247Z"));
    return Script(json);
}

inline Event event(const QString &id,
                   const QString &name,
                   const QString &taskId,
                   const QString &taskName)
{
    return Event(QJsonObject{{QStringLiteral("id"), id},
                             {QStringLiteral("name"), name},
                             {QStringLiteral("emitter_id"), taskId},
                             {QStringLiteral("emitter"),
                              QJsonObject{{QStringLiteral("id"), taskId},
                                          {QStringLiteral("name"), taskName}}}});
}

// Runs `action` on the next modal widget of type W as soon as it is the active modal widget
// (checked from the event loop every few milliseconds, for at most `attempts` rounds).
template<typename W>
void onNextModal(std::function<void(W *)> action, int attempts = 2000)
{
    auto *timer = new QTimer;
    timer->setInterval(5);
    auto remaining = std::make_shared<int>(attempts);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action, remaining] {
        W *widget = qobject_cast<W *>(QApplication::activeModalWidget());
        if (!widget) {
            if (--*remaining <= 0)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        action(widget);
    });
    timer->start();
}

// Answers the next QMessageBox with `button`; `text` receives what it said.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    onNextModal<QMessageBox>([button, text](QMessageBox *box) {
        if (text)
            *text = box->text();
        if (QAbstractButton *target = box->button(button))
            target->click();
        else
            box->reject();
    });
}

} // namespace TheEye::Testing
