#include "predictdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sockscope {

namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

PredictDialog::PredictDialog(QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_dontAsk(new QCheckBox(this)),
      m_start(new QPushButton(this)), m_skip(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("PredictDialog"));
    setModal(false);
    setWindowModality(Qt::NonModal);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    m_dontAsk->setText(tr("Don't ask again this session"));
    m_dontAsk->setToolTip(tr("Runs start at once; Run > Ask predictions turns the "
                             "questions back on"));
    m_start->setText(tr("Start the run"));
    m_start->setDefault(true);
    m_skip->setText(tr("Skip"));
    m_skip->setToolTip(tr("Start the run without answering"));
    m_close->setText(tr("Close"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dontAsk);
    buttons->addStretch(1);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    m_bodyLayout = new QVBoxLayout;
    layout->addLayout(m_bodyLayout, 1);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_mode != Mode::Asking)
            return;
        for (std::size_t i = 0; i < m_questions.size(); ++i) {
            m_answers[i].choice = m_groups[i] ? m_groups[i]->checkedId() : -1;
            m_answers[i].text = m_freeAnswers[i] ? m_freeAnswers[i]->text().trimmed() : QString();
        }
        m_mode = Mode::Idle;
        hide();
        Q_EMIT answered();
    });
    connect(m_skip, &QPushButton::clicked, this, [this] {
        if (m_mode != Mode::Asking)
            return;
        m_answers.assign(m_questions.size(), PredictAnswer{});
        m_mode = Mode::Idle;
        hide();
        Q_EMIT skipped();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::hide);
    // Escape or the window's close button while asking: the same as Skip, so a run that
    // waits for an answer is never left waiting.
    connect(this, &QDialog::rejected, this, [this] {
        if (m_mode == Mode::Asking)
            m_skip->click();
    });
}

bool PredictDialog::dontAskAgain() const
{
    return m_dontAsk->isChecked();
}

void PredictDialog::clearBody()
{
    delete m_body;
    m_body = new QWidget(this);
    m_bodyLayout->addWidget(m_body);
    m_groups.clear();
    m_freeAnswers.clear();
}

void PredictDialog::ask(const QString &scenarioTitle, const std::vector<PredictQuestion> &questions)
{
    m_mode = Mode::Asking;
    m_questions = questions;
    m_answers.assign(questions.size(), PredictAnswer{});
    m_revealParagraphs.clear();
    setWindowTitle(tr("Predict: %1").arg(scenarioTitle));
    m_intro->setText(tr("Before the run: what do you expect to happen? The run starts when you "
                        "answer or skip; the answers are revealed once the clients are done."));
    clearBody();
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const PredictQuestion &q = questions[i];
        auto *box = new QGroupBox(m_body);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(plainLabel(q.question, box));
        QButtonGroup *group = nullptr;
        QLineEdit *free = nullptr;
        if (q.choices.isEmpty()) {
            free = new QLineEdit(box);
            free->setPlaceholderText(tr("Your answer"));
            boxLayout->addWidget(free);
            connect(free, &QLineEdit::textChanged, this, &PredictDialog::updateStart);
        } else {
            group = new QButtonGroup(box);
            for (int c = 0; c < q.choices.size(); ++c) {
                auto *radio = new QRadioButton(q.choices.at(c), box);
                group->addButton(radio, c);
                boxLayout->addWidget(radio);
            }
            connect(group, &QButtonGroup::idClicked, this, &PredictDialog::updateStart);
        }
        m_groups.push_back(group);
        m_freeAnswers.push_back(free);
        layout->addWidget(box);
    }
    m_start->show();
    m_skip->show();
    m_dontAsk->show();
    m_close->hide();
    updateStart();
    adjustSize();
    show();
    raise();
    activateWindow();
}

void PredictDialog::updateStart()
{
    bool all = true;
    for (std::size_t i = 0; i < m_questions.size(); ++i) {
        const bool given = (m_groups[i] && m_groups[i]->checkedId() >= 0) ||
                           (m_freeAnswers[i] && !m_freeAnswers[i]->text().trimmed().isEmpty());
        all = all && given;
    }
    m_start->setEnabled(all);
}

void PredictDialog::choose(int question, int choice)
{
    if (question < 0 || std::size_t(question) >= m_groups.size() || !m_groups[question])
        return;
    if (QAbstractButton *button = m_groups[question]->button(choice))
        button->click();
}

void PredictDialog::typeAnswer(int question, const QString &text)
{
    if (question >= 0 && std::size_t(question) < m_freeAnswers.size() && m_freeAnswers[question])
        m_freeAnswers[question]->setText(text);
}

void PredictDialog::reveal()
{
    if (m_questions.empty())
        return;
    m_mode = Mode::Revealing;
    setWindowTitle(tr("Your predictions"));
    m_intro->setText(tr("The clients are done. What you predicted, and what the run shows:"));
    clearBody();
    m_revealParagraphs.clear();
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    for (std::size_t i = 0; i < m_questions.size(); ++i) {
        const PredictQuestion &q = m_questions[i];
        const PredictAnswer &a = m_answers[i];
        auto *box = new QGroupBox(m_body);
        auto *boxLayout = new QVBoxLayout(box);
        QStringList lines{q.question};
        if (!q.choices.isEmpty()) {
            const bool valid = q.answer >= 0 && q.answer < q.choices.size();
            const QString right = valid ? q.choices.at(q.answer) : QString();
            if (a.choice >= 0 && a.choice < q.choices.size()) {
                lines << (a.choice == q.answer
                              ? tr("You said: %1. Right.").arg(q.choices.at(a.choice))
                              : tr("You said: %1. The answer: %2.")
                                    .arg(q.choices.at(a.choice), right));
            } else {
                lines << tr("The answer: %1.").arg(right);
            }
        } else if (!a.text.isEmpty()) {
            lines << tr("You said: %1").arg(a.text);
        }
        lines << q.explanation;
        for (const QString &line : lines)
            boxLayout->addWidget(plainLabel(line, box));
        m_revealParagraphs << lines.join(QLatin1Char('\n'));
        layout->addWidget(box);
    }
    m_start->hide();
    m_skip->hide();
    m_dontAsk->hide();
    m_close->show();
    adjustSize();
    show();
    raise();
}

QString PredictDialog::revealText() const
{
    return m_revealParagraphs.join(QStringLiteral("\n\n"));
}

} // namespace sockscope
