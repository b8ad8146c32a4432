#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sockscope {

// A watched program's console: what it writes to its standard output and error (already
// escaped plain text: core/watch/watchsession), with a bounded scrollback, and a line to type
// into its standard input. The dock only shows and emits; the session writes the pipe.
class ProgramConsoleDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ProgramConsoleDock(QWidget *parent = nullptr);

    static constexpr int kMaxLines = 5000; // the scrollback: older lines go

    QPlainTextEdit *output() const { return m_output; }
    QLineEdit *input() const { return m_input; }

    void clear(const QString &title);
    void appendOutput(const QString &escapedText);
    // A line of SockScope's own ("the program ended ..."), set apart from the program's.
    void appendNote(const QString &text);
    void setInputOpen(bool open);

Q_SIGNALS:
    void lineEntered(const QByteArray &line); // with its "\n"
    void endOfInput();

private:
    void send();

    QLabel *m_title;
    QPlainTextEdit *m_output;
    QLineEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_eof;
};

} // namespace sockscope
