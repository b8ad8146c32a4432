#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sockscope {

// The server's console (select-stdin): a line typed here is written into the console pipe
// the server's select()/poll()/epoll_wait() watches beside its sockets. The widget only
// emits the line; the run writes it (ui/ never touches a descriptor).
class ConsoleInput : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleInput(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_line; }
    QPushButton *sendButton() const { return m_send; }
    // Ready for a line (a run whose server watches its console is serving).
    void setReady(bool ready);

Q_SIGNALS:
    void lineEntered(const QByteArray &line);

private:
    void send();

    QLabel *m_label;
    QLineEdit *m_line;
    QPushButton *m_send;
};

} // namespace sockscope
