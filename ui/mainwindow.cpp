#include "mainwindow.h"

#include <QLabel>

namespace sockscope {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("SockScope"));
    auto *placeholder =
        new QLabel(tr("SockScope: pick a scenario and a model, then press Start."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1280, 800);
}

} // namespace sockscope
