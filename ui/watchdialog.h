#pragma once

#include "watch/watchsession.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sockscope {

// File › Watch a program…: the program, its arguments (an argument vector, split like a
// command line but never given to a shell), its working directory, and optionally a
// scenario whose clients are sent at the port it listens on. Whether the program can be
// watched at all (core/watch/programcheck) is said in one sentence before anything starts.
class WatchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WatchDialog(QWidget *parent = nullptr);

    void setRequest(const WatchRequest &request);
    WatchRequest request() const;
    // The sentence shown under the fields: why it cannot be watched, or what will run.
    QString verdict() const;
    bool canWatch() const;

    QLineEdit *programEdit() const { return m_program; }
    QLineEdit *argumentsEdit() const { return m_arguments; }

private:
    void check();

    QLineEdit *m_program;
    QLineEdit *m_arguments;
    QLineEdit *m_directory;
    QComboBox *m_scenario;
    QSpinBox *m_port;
    QLabel *m_verdict;
    QDialogButtonBox *m_buttons;
    bool m_ok = false;
};

} // namespace sockscope
