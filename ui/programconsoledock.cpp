#include "programconsoledock.h"

#include "trace/event.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace sockscope {

ProgramConsoleDock::ProgramConsoleDock(QWidget *parent)
    : QDockWidget(tr("Program console"), parent), m_title(new QLabel), m_output(new QPlainTextEdit),
      m_input(new QLineEdit), m_send(new QPushButton(tr("Send"))),
      m_eof(new QPushButton(tr("End input")))
{
    setObjectName(QStringLiteral("ProgramConsoleDock"));
    auto *body = new QWidget(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(false);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // clipped, not wider
    m_output->setObjectName(QStringLiteral("ProgramOutput"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(kMaxLines);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_input->setObjectName(QStringLiteral("ProgramInput"));
    m_input->setPlaceholderText(tr("A line for the program's standard input; Enter sends it"));
    m_send->setToolTip(tr("Write the line and a newline into the program's standard input"));
    m_eof->setToolTip(tr("Close the program's standard input (end of file, like Ctrl+D)"));
    auto *line = new QHBoxLayout;
    line->addWidget(m_input, 1);
    line->addWidget(m_send);
    line->addWidget(m_eof);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_output, 1);
    layout->addLayout(line);
    setWidget(body);
    connect(m_input, &QLineEdit::returnPressed, this, &ProgramConsoleDock::send);
    connect(m_send, &QPushButton::clicked, this, &ProgramConsoleDock::send);
    connect(m_eof, &QPushButton::clicked, this, [this] {
        setInputOpen(false);
        Q_EMIT endOfInput();
    });
    setInputOpen(false);
}

void ProgramConsoleDock::clear(const QString &title)
{
    // One line: the dock is small on a small screen, and the output needs the room.
    m_title->setText(QFontMetrics(m_title->font()).elidedText(title, Qt::ElideMiddle, 600));
    m_title->setToolTip(title);
    m_output->clear();
}

void ProgramConsoleDock::appendOutput(const QString &escapedText)
{
    if (escapedText.isEmpty())
        return;
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor end(m_output->document());
    end.movePosition(QTextCursor::End);
    end.insertText(escapedText); // plain text: nothing in it is markup
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ProgramConsoleDock::appendNote(const QString &text)
{
    const QString current = m_output->toPlainText();
    const bool lineOpen = !current.isEmpty() && !current.endsWith(QLatin1Char('\n'));
    appendOutput((lineOpen ? QStringLiteral("\n") : QString()) + QStringLiteral("[sockscope] ") +
                 escapeText(text) + QLatin1Char('\n'));
}

void ProgramConsoleDock::setInputOpen(bool open)
{
    m_input->setEnabled(open);
    m_send->setEnabled(open);
    m_eof->setEnabled(open);
}

void ProgramConsoleDock::send()
{
    if (!m_input->isEnabled())
        return;
    const QString text = m_input->text();
    m_input->clear();
    // Shown as a terminal shows what is typed, then written.
    appendOutput(escapeText(text) + QLatin1Char('\n'));
    Q_EMIT lineEntered(text.toUtf8() + '\n');
}

} // namespace sockscope
