#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace sockscope {

// The concurrency models SockScope can run, in teaching order.
struct ModelInfo
{
    QString name;        // stable, used on the command line and in files
    QString title;       // for menus
    QString description; // one line
};

const std::vector<ModelInfo> &allModels();
const ModelInfo *findModel(const QString &name);
QStringList modelNames();

} // namespace sockscope
