#include "consoleinput.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sockscope {

ConsoleInput::ConsoleInput(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_line(new QLineEdit(this)),
      m_send(new QPushButton(this))
{
    setObjectName(QStringLiteral("ConsoleInput"));
    m_label->setText(tr(" Console: "));
    m_line->setObjectName(QStringLiteral("ConsoleLine"));
    m_line->setPlaceholderText(tr("a line for the server's console"));
    m_line->setToolTip(tr("Written into the console pipe the server watches beside its sockets "
                          "(the lecture's sys.stdin). Any line makes the server leave its loop "
                          "and close the listening socket."));
    m_line->setMinimumWidth(180);
    m_send->setText(tr("Send"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_send);
    connect(m_line, &QLineEdit::returnPressed, this, &ConsoleInput::send);
    connect(m_send, &QPushButton::clicked, this, &ConsoleInput::send);
    setReady(false);
}

void ConsoleInput::setReady(bool ready)
{
    m_line->setEnabled(ready);
    m_send->setEnabled(ready);
}

void ConsoleInput::send()
{
    if (!m_line->isEnabled())
        return;
    QByteArray line = m_line->text().toUtf8();
    m_line->clear();
    Q_EMIT lineEntered(line);
}

} // namespace sockscope
