#pragma once

class QWidget;

namespace sockscope {

// Help > About: the version and what SockScope is, in plain text.
void showAboutDialog(QWidget *parent);

} // namespace sockscope
