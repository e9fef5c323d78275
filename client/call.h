#pragma once

#include "client/clienterror.h"
#include "models/result.h"

#include <QObject>
#include <QTimer>

#include <optional>
#include <type_traits>
#include <utility>

namespace TheEye {

class SupervisorClient;

// What an operation that answers nothing (cancel's 204, delete's {}) succeeds with.
struct Done
{
    bool operator==(const Done &) const = default;
};

// The handle of one operation in flight (anchors.md §1.4, §6 practice 9): cancel() stops it,
// finished() reports it exactly once. The handle owns its network replies and deletes itself
// after finished() or cancel(); keep it in a QPointer when holding it across the event loop.
class ClientCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientCall)

public:
    ~ClientCall() override;

    // Stops the operation: its requests are aborted, finished() is not emitted and no callback
    // runs afterwards. Does nothing once finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isCanceled() const { return m_canceled; }

signals:
    // The result is available through the typed handle's result(). Emitted once, never
    // synchronously inside the call that started the operation.
    void finished();

protected:
    explicit ClientCall(QObject *parent);

    // Marks the call finished; false when it was already finished or canceled.
    bool beginFinish();
    void emitFinished();
    // A step of a multi-request operation may hold timers and helpers as children; they stop
    // with the call.
    virtual void stopped() {}

private:
    friend class SupervisorClient;
    void abortTransfers();

    bool m_finished = false;
    bool m_canceled = false;
};

// A handle whose result is a T or an E (a ClientError unless said otherwise).
template<typename T, typename E = ClientError>
class Call : public ClientCall
{
public:
    using ResultType = Result<T, E>;

    explicit Call(QObject *parent)
        : ClientCall(parent)
    {}

    // Valid from finished() on.
    const ResultType &result() const { return *m_result; }

    // The context-object form of anchors.md §1.4: `callback(const ResultType &)` runs on the
    // context's thread when the call finishes, and never after the context is destroyed or the
    // call canceled.
    template<typename Context, typename Callback>
    Call *then(const Context *context, Callback &&callback)
    {
        static_assert(std::is_base_of_v<QObject, Context>, "the context must be a QObject");
        connect(this,
                &ClientCall::finished,
                context,
                [this, callback = std::forward<Callback>(callback)]() mutable {
                    callback(result());
                });
        return this;
    }

    void finish(ResultType result)
    {
        if (!beginFinish())
            return;
        m_result.emplace(std::move(result));
        emitFinished();
    }
    void succeed(T value) { finish(ResultType(std::move(value))); }
    void fail(E error) { finish(ResultType::failure(std::move(error))); }
    // For results known before the caller could connect: delivered from the event loop.
    void failLater(E error)
    {
        QTimer::singleShot(0, this, [this, error = std::move(error)]() mutable {
            fail(std::move(error));
        });
    }
    void succeedLater(T value)
    {
        QTimer::singleShot(0, this, [this, value = std::move(value)]() mutable {
            succeed(std::move(value));
        });
    }

private:
    std::optional<ResultType> m_result;
};

} // namespace TheEye
