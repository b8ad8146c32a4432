#include "preferencesdialog.h"

#include "models/modelinfo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace sockscope {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent), m_model(new QComboBox), m_speed(new QComboBox),
      m_presentationScale(new QDoubleSpinBox), m_language(new QComboBox), m_theme(new QComboBox),
      m_bindAddress(new QLineEdit)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));

    m_model->addItem(tr("The scenario's default"), QString());
    for (const ModelInfo &m : allModels())
        m_model->addItem(m.title, m.name);
    m_model->setCurrentIndex(std::max(0, m_model->findData(preferences.defaultModel)));

    for (const QString &speed : Preferences::replaySpeeds())
        m_speed->addItem(tr("%1×").arg(QLocale().toString(speed.toDouble())), speed.toDouble());
    int speedIndex = m_speed->findData(preferences.replaySpeed);
    m_speed->setCurrentIndex(speedIndex >= 0 ? speedIndex : m_speed->findData(1.0));

    m_presentationScale->setRange(1.0, 3.0);
    m_presentationScale->setSingleStep(0.25);
    m_presentationScale->setDecimals(2);
    m_presentationScale->setSuffix(tr("×"));
    m_presentationScale->setValue(preferences.presentationScale);

    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));

    m_theme->addItem(tr("System"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(preferences.theme))));

    m_bindAddress->setObjectName(QStringLiteral("bindAddress"));
    m_bindAddress->setText(preferences.bindAddress);
    m_bindAddress->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_bindAddress->setToolTip(
        tr("The address the servers listen on. 127.0.0.1 (loopback) keeps them on this "
           "computer."));

    auto *form = new QFormLayout;
    form->addRow(tr("Default &model:"), m_model);
    form->addRow(tr("Replay &speed:"), m_speed);
    form->addRow(tr("&Presentation scale:"), m_presentationScale);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Listening &address:"), m_bindAddress);
    auto *note = new QLabel(tr("A new language takes effect the next time SockScope starts."));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.defaultModel = m_model->currentData().toString();
    p.replaySpeed = m_speed->currentData().toDouble();
    p.presentationScale = m_presentationScale->value();
    p.language = m_language->currentData().toString();
    p.theme = Preferences::Theme(m_theme->currentData().toInt());
    p.bindAddress = m_bindAddress->text().trimmed();
    if (p.bindAddress.isEmpty())
        p.bindAddress = QStringLiteral("127.0.0.1");
    return p;
}

bool PreferencesDialog::askToExpose(QWidget *parent, const QString &address)
{
    QMessageBox box(QMessageBox::Warning, tr("Listen beyond this computer?"),
                    tr("Servers will listen on %1, not on loopback (127.0.0.1).").arg(address),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("This exposes the server to the network: other machines can connect to it, and "
           "everything they send is recorded and shown. Do this only on a network you trust, "
           "for example to let students connect with their own clients."));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Listen on %1").arg(address));
    return box.exec() == QMessageBox::Yes;
}

void PreferencesDialog::accept()
{
    const QString address = preferences().bindAddress;
    const QHostAddress host(address);
    if (host.isNull() || host.protocol() != QAbstractSocket::IPv4Protocol) {
        QMessageBox box(QMessageBox::Warning, tr("Listening address"),
                        tr("\"%1\" is not an IPv4 address. Use 127.0.0.1 to stay on this computer.")
                            .arg(address),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    if (!Preferences::isLoopback(address) && !m_confirmExposure(this, address))
        return;
    QDialog::accept();
}

} // namespace sockscope
