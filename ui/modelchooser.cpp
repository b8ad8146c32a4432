#include "modelchooser.h"

#include "models/modelinfo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace sockscope {

ModelChooser::ModelChooser(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)),
      m_watched(new QLabel(tr("your own program (watched)"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr(" Model: "), this));
    for (const ModelInfo &m : allModels()) {
        m_combo->addItem(m.title, m.name);
        m_combo->setItemData(m_combo->count() - 1, m.description, Qt::ToolTipRole);
    }
    m_combo->setMinimumContentsLength(16);
    layout->addWidget(m_combo);
    m_watched->setToolTip(tr("The lanes show the program you watch, not one of SockScope's "
                             "models. Start runs the scenario under a model again."));
    m_watched->hide();
    layout->addWidget(m_watched);
}

void ModelChooser::setShowingWatchedProgram(bool watched)
{
    m_combo->setVisible(!watched);
    m_watched->setVisible(watched);
}

bool ModelChooser::isShowingWatchedProgram() const
{
    return m_watched->isVisibleTo(this);
}

} // namespace sockscope
