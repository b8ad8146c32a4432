#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace sockscope {

// The run tool bar's "Model:" and the models to start the next run under. While the window
// shows a watched program, the choice would claim a model that is not what the lanes show:
// it gives way to "your own program (watched)" until a model's trace is shown again.
class ModelChooser : public QWidget
{
    Q_OBJECT
public:
    explicit ModelChooser(QWidget *parent = nullptr);

    QComboBox *combo() const { return m_combo; }
    void setShowingWatchedProgram(bool watched);
    bool isShowingWatchedProgram() const;

private:
    QComboBox *m_combo;
    QLabel *m_watched;
};

} // namespace sockscope
