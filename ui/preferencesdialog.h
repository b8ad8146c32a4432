#pragma once

#include "preferences.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace sockscope {

// Default model, replay speed, presentation scale, language, theme and listening address.
// An address other than loopback is accepted only after a confirmation that says what it
// means: the server becomes reachable from the network.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;

    // The question asked before listening beyond loopback; tests answer it without a dialog.
    // Returns true when the user accepts the exposure.
    using ConfirmExposure = std::function<bool(QWidget *parent, const QString &address)>;
    void setConfirmExposure(ConfirmExposure confirm) { m_confirmExposure = std::move(confirm); }
    static bool askToExpose(QWidget *parent, const QString &address);

    void accept() override;

private:
    QComboBox *m_model;
    QComboBox *m_speed;
    QDoubleSpinBox *m_presentationScale;
    QComboBox *m_language;
    QComboBox *m_theme;
    QLineEdit *m_bindAddress;
    ConfirmExposure m_confirmExposure = &PreferencesDialog::askToExpose;
};

} // namespace sockscope
