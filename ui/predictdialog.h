#pragma once

#include "scenario/scenario.h"

#include <QDialog>

#include <vector>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace sockscope {

// What the user predicted for one question: a choice, or a free answer when the question
// offers no choices.
struct PredictAnswer
{
    int choice = -1;
    QString text;
    bool isGiven() const { return choice >= 0 || !text.trimmed().isEmpty(); }
};

// A scenario's "predict" questions. Before a run (ask()): each question with its choices (or
// a line for a free answer), "Start the run" once every question has an answer, "Skip", and
// "Don't ask again this session". After the run (reveal()): each answer beside the right one
// and the scenario's explanation. Never modal: the window stays usable and nothing blocks.
class PredictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PredictDialog(QWidget *parent = nullptr);

    enum class Mode
    {
        Idle,
        Asking,
        Revealing
    };
    Mode mode() const { return m_mode; }

    void ask(const QString &scenarioTitle, const std::vector<PredictQuestion> &questions);
    void reveal();
    const std::vector<PredictQuestion> &questions() const { return m_questions; }
    const std::vector<PredictAnswer> &answers() const { return m_answers; }
    bool dontAskAgain() const;

    // What the user does, for tests: pick a choice, type a free answer, press the buttons.
    void choose(int question, int choice);
    void typeAnswer(int question, const QString &text);
    QPushButton *startButton() const { return m_start; }
    QPushButton *skipButton() const { return m_skip; }
    // The reveal's text, as shown (tests).
    QString revealText() const;

Q_SIGNALS:
    void answered(); // answers() holds them; the run may start
    void skipped();  // no answers; the run may start

private:
    void clearBody();
    void updateStart();

    Mode m_mode = Mode::Idle;
    std::vector<PredictQuestion> m_questions;
    std::vector<PredictAnswer> m_answers;
    std::vector<QButtonGroup *> m_groups;
    std::vector<QLineEdit *> m_freeAnswers;
    QLabel *m_intro;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout;
    QCheckBox *m_dontAsk;
    QPushButton *m_start;
    QPushButton *m_skip;
    QPushButton *m_close;
    QStringList m_revealParagraphs;
};

} // namespace sockscope
