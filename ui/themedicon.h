#pragma once

#include <QIcon>
#include <QStyle>

namespace sockscope {

// A standard icon of the current style that stays visible in every theme: on a dark palette
// it is drawn in the palette's button text colour (the style's own glyphs are dark grey and
// vanish on a dark toolbar). Resolved at paint time, so a theme change applies at once.
QIcon themedIcon(QStyle::StandardPixmap which);

// True when the palette's window colour is dark.
bool isDarkPalette(const QPalette &palette);

} // namespace sockscope
