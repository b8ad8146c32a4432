#include "watchdialog.h"

#include "scenario/scenariolibrary.h"
#include "trace/event.h"
#include "watch/programcheck.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>

namespace sockscope {

namespace {
QWidget *withBrowse(QLineEdit *edit, QPushButton *browse)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}
} // namespace

WatchDialog::WatchDialog(QWidget *parent)
    : QDialog(parent), m_program(new QLineEdit), m_arguments(new QLineEdit),
      m_directory(new QLineEdit), m_scenario(new QComboBox), m_port(new QSpinBox),
      m_verdict(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Watch a program"));
    setObjectName(QStringLiteral("WatchDialog"));
    m_program->setPlaceholderText(tr("python3, ./server, /usr/bin/…"));
    m_arguments->setPlaceholderText(tr("server.py 5000"));
    m_arguments->setToolTip(tr("Split at spaces; quotes keep spaces in one argument. No shell "
                               "runs: no variables, globs or pipes."));
    m_directory->setPlaceholderText(tr("(SockScope's own)"));
    auto *browseProgram = new QPushButton(tr("Browse…"));
    auto *browseDirectory = new QPushButton(tr("Browse…"));
    m_scenario->addItem(tr("(none: connect your own clients)"), QString());
    for (const ScenarioInfo &info : ScenarioLibrary::bundled())
        m_scenario->addItem(info.title.isEmpty() ? info.name : info.title, info.name);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("—"));
    m_port->setToolTip(tr("The port your program listens on: the scenario's clients connect "
                          "to it once it listens"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(QStringLiteral("WatchVerdict"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Watch"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Program:"), withBrowse(m_program, browseProgram));
    form->addRow(tr("&Arguments:"), m_arguments);
    form->addRow(tr("&Working directory:"), withBrowse(m_directory, browseDirectory));
    form->addRow(tr("&Scenario's clients:"), m_scenario);
    form->addRow(tr("P&ort:"), m_port);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_buttons);

    connect(browseProgram, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Program to watch"));
        if (!path.isEmpty())
            m_program->setText(path);
    });
    connect(browseDirectory, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Working directory"));
        if (!path.isEmpty())
            m_directory->setText(path);
    });
    for (QLineEdit *e : {m_program, m_arguments, m_directory})
        connect(e, &QLineEdit::textChanged, this, &WatchDialog::check);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &WatchDialog::check);
    connect(m_port, &QSpinBox::valueChanged, this, &WatchDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

void WatchDialog::setRequest(const WatchRequest &request)
{
    m_program->setText(request.program.value(0));
    QStringList quoted;
    for (const QString &a : request.program.mid(1))
        quoted << (a.contains(QLatin1Char(' ')) || a.isEmpty()
                       ? QLatin1Char('"') + a + QLatin1Char('"')
                       : a);
    m_arguments->setText(quoted.join(QLatin1Char(' ')));
    m_directory->setText(request.workingDirectory);
    m_scenario->setCurrentIndex(std::max(0, m_scenario->findData(request.scenario)));
    m_port->setValue(request.port);
    check();
}

WatchRequest WatchDialog::request() const
{
    WatchRequest r;
    r.program << m_program->text().trimmed();
    r.program << QProcess::splitCommand(m_arguments->text());
    r.workingDirectory = m_directory->text().trimmed();
    r.scenario = m_scenario->currentData().toString();
    r.port = quint16(m_port->value());
    return r;
}

QString WatchDialog::verdict() const
{
    return m_verdict->text();
}

bool WatchDialog::canWatch() const
{
    return m_ok;
}

void WatchDialog::check()
{
    const WatchRequest r = request();
    QString problem;
    if (r.program.first().isEmpty()) {
        problem = tr("Name the program to watch.");
    } else if (!r.workingDirectory.isEmpty() && !QFileInfo(r.workingDirectory).isDir()) {
        problem = tr("%1 is not a directory.").arg(r.workingDirectory);
    } else if (!r.scenario.isEmpty() && r.port == 0) {
        problem = tr("The scenario's clients need the port your program listens on.");
    } else {
        problem = checkProgram(r.program.first()).problem;
    }
    m_ok = problem.isEmpty();
    if (m_ok) {
        QStringList shown;
        for (const QString &a : r.program)
            shown << QStringLiteral("“%1”").arg(escapeText(a));
        m_verdict->setText(
            tr("Runs %1 (an argument vector: no shell).").arg(shown.join(QLatin1Char(' '))));
    } else {
        m_verdict->setText(escapeText(problem));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ok);
}

} // namespace sockscope
