#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace TheEye {

class LogView;

// A job's output in a LogView with its tools: follow the tail, search (Ctrl+F, F3, Shift+F3),
// the combined / stdout / stderr switch, wrap, copy and save. While a job runs it shows the
// combined stream as it arrives; once the job has finished the separate streams can be shown.
class JobOutputPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobOutputPane)

public:
    enum class Stream { Combined, Stdout, Stderr };
    Q_ENUM(Stream)

    explicit JobOutputPane(QWidget *parent = nullptr);

    LogView *view() const { return m_view; }
    // Combined output as it is produced.
    void appendOutput(QByteArrayView bytes);
    // The whole combined output at once (a finished job opened later).
    void setOutput(QByteArrayView bytes);
    // The finished job's separate streams; enables the switch. An empty `combined` keeps what
    // was streamed.
    void setFinishedStreams(const QByteArray &combined,
                            const QByteArray &standardOutput,
                            const QByteArray &standardError);
    bool hasSeparateStreams() const { return m_separate; }

    Stream stream() const { return m_stream; }
    void setStream(Stream stream);

    void focusSearch();
    bool findNext();
    bool findPrevious();
    // Copies the selection, or everything shown when nothing is selected.
    void copy() const;
    // Writes what is shown, without ANSI escapes, atomically; false with the reason.
    bool saveTo(const QString &path, QString *error) const;
    void setSuggestedFileName(const QString &name) { m_fileName = name; }

private:
    void saveWithDialog();
    void showStream(Stream stream);
    void updateMatchStatus(bool found);

    LogView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matchStatus = nullptr;
    QComboBox *m_streamBox = nullptr;
    QToolButton *m_follow = nullptr;
    QToolButton *m_wrap = nullptr;
    Stream m_stream = Stream::Combined;
    bool m_separate = false;
    QByteArray m_combined; // kept while a separate stream is shown
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_fileName;
};

} // namespace TheEye
