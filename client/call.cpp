#include "client/call.h"

#include <QNetworkReply>

namespace TheEye {

ClientCall::ClientCall(QObject *parent)
    : QObject(parent)
{}

ClientCall::~ClientCall()
{
    // The replies are children and die with us; detach them first so an abort on the way out
    // cannot call back into a half-destroyed handle.
    abortTransfers();
}

void ClientCall::cancel()
{
    if (m_finished || m_canceled)
        return;
    m_canceled = true;
    abortTransfers();
    stopped();
    deleteLater();
}

bool ClientCall::beginFinish()
{
    if (m_finished || m_canceled)
        return false;
    m_finished = true;
    return true;
}

void ClientCall::emitFinished()
{
    abortTransfers();
    stopped();
    emit finished();
    deleteLater();
}

void ClientCall::abortTransfers()
{
    const auto replies = findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly);
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
    }
}

} // namespace TheEye
