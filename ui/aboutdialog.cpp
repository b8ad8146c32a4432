#include "aboutdialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

namespace sockscope {

namespace {
class About
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::About)
public:
    static void show(QWidget *parent)
    {
        QMessageBox box(parent);
        box.setWindowTitle(tr("About SockScope"));
        box.setTextFormat(Qt::PlainText);
        box.setIconPixmap(QIcon(QStringLiteral(":/icons/sockscope.svg")).pixmap(96, 96));
        box.setText(tr("SockScope %1").arg(QStringLiteral(SOCKSCOPE_VERSION)));
        box.setInformativeText(
            tr("SockScope runs real servers on this computer (sequential, threaded, forking, "
               "select, poll, epoll, non-blocking, UDP), sends scripted clients at them and "
               "records every system call. The timeline shows where each thread and process "
               "blocks, what wakes it, when threads and children are born, and when a child "
               "is a zombie.\n\nFor teachers showing it in class and for students exploring "
               "alone.\n\nBuilt with Qt %1.")
                .arg(QLatin1String(qVersion())));
        box.exec();
    }
};
} // namespace

void showAboutDialog(QWidget *parent)
{
    About::show(parent);
}

} // namespace sockscope
