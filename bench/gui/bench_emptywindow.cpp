// The start-up baseline: a trivial QtWidgets program showing an empty QTableView in a window of
// the main window's size. It speaks theeye-desktop's THEEYE_STARTUP_PROBE protocol
// ("exposed <ms>" since main, then quits), so bench_startup starts both the same way.

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace {

class ExposeProbe final : public QObject
{
public:
    explicit ExposeProbe(QElapsedTimer clock)
        : m_clock(clock)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed() && !m_reported) {
            m_reported = true;
            // Queued, so it runs after the paint this expose leads to.
            QTimer::singleShot(0, this, [this] {
                std::printf("exposed %lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_clock;
    bool m_reported = false;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QStandardItemModel model(0, 9);
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 720);
    ExposeProbe probe(sinceStart);
    view.show();
    view.windowHandle()->installEventFilter(&probe);
    return app.exec();
}
