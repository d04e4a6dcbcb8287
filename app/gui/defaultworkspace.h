#pragma once

#include "util/result.h"

#include <QString>

class QWidget;

namespace ab::app {

// The workspace a first start opens: AppDataLocation/demo.auditbench, created
// and filled with demo data at a modest scale when it does not exist yet, so
// that a new user sees a populated workbench at once.
class DefaultWorkspace
{
public:
    static constexpr qint64 kDemoScale = 20000;

    static QString path();
    // Creates the file when missing (on a worker thread, with a progress
    // dialog over `parent`). Returns the path.
    static Result<QString> ensure(QWidget *parent);
};

} // namespace ab::app
