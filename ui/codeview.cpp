#include "codeview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace sockscope {

CodeView::CodeView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted: nothing behind it
    updateFonts();
}

bool CodeView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == parentWidget() && !m_sections.empty())
        setSections(std::vector<Section>(m_sections));
    return QWidget::eventFilter(watched, event);
}

void CodeView::setSections(std::vector<Section> sections)
{
    bool sameText = sections.size() == m_sections.size();
    for (std::size_t i = 0; sameText && i < sections.size(); ++i)
        sameText = sections[i].listing.lines == m_sections[i].listing.lines &&
                   sections[i].title == m_sections[i].title;
    m_sections = std::move(sections);
    if (!sameText)
        measureText();
    measureGutters();
    const QSize hint = sizeHint();
    if (hint != m_lastHint) {
        m_lastHint = hint;
        updateGeometry();
        resize(hint);
    }
    update();
}

void CodeView::setPalette(const TimelinePalette &palette)
{
    m_palette = palette;
    update();
}

void CodeView::setScaleFactor(double factor)
{
    m_scale = factor;
    updateFonts();
    measureText();
    measureGutters();
    m_lastHint = sizeHint();
    updateGeometry();
    resize(m_lastHint);
    update();
}

int CodeView::highlightedY() const
{
    int y = 0;
    for (const Section &s : m_sections) {
        y += lineHeight(); // the title
        if (s.highlighted >= 0)
            return y + s.highlighted * lineHeight();
        y += int(s.listing.lines.size()) * lineHeight() + gap();
    }
    return -1;
}

QSize CodeView::sizeHint() const
{
    int lines = 0, widest = 0;
    for (std::size_t i = 0; i < m_sections.size(); ++i) {
        lines += int(m_sections[i].listing.lines.size()) + 1;
        if (i < m_widestLine.size() && i < m_gutters.size())
            widest = std::max(widest, gutterOf(i) + m_widestLine[i]);
    }
    return {widest + int(20 * m_scale), lines * lineHeight() + int(m_sections.size()) * gap()};
}

void CodeView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    const QRect dirty = event->rect();
    p.fillRect(dirty, m_palette.codeBackground);
    QFont bold = m_font;
    bold.setBold(true);
    const int lh = lineHeight();
    int top = 0; // of the section
    for (std::size_t si = 0; si < m_sections.size(); ++si) {
        const Section &s = m_sections[si];
        const int lines = int(s.listing.lines.size());
        const int sectionHeight = lh * (1 + lines) + gap();
        if (top > dirty.bottom())
            break;
        if (top + sectionHeight <= dirty.top()) { // only what needs painting is painted
            top += sectionHeight;
            continue;
        }
        const int markerGutter = m_gutters[si];
        const int textX = markerGutter + m_numberWidth + int(12 * m_scale);
        p.setFont(bold);
        p.setPen(m_palette.codeText);
        p.drawText(QRect(int(6 * m_scale), top, width(), lh), Qt::AlignVCenter, s.title);
        const int firstTop = top + lh;
        const int first = std::clamp((dirty.top() - firstTop) / lh, 0, lines);
        const int last = std::clamp((dirty.bottom() - firstTop) / lh, -1, lines - 1);
        for (int i = first; i <= last; ++i) {
            const int y = firstTop + i * lh;
            const QRect row(0, y, width(), lh);
            if (i == s.highlighted)
                p.fillRect(row, m_palette.codeCurrentLine);
            // Gutter: who is on this line, as chips in the lanes' colours, before the
            // code so that long lines never push them out of sight.
            const QList<Marker> markers = s.markers.value(i);
            int gx = int(2 * m_scale);
            if (!markers.isEmpty()) {
                p.setFont(m_chipFont);
                for (const QPair<QString, QColor> &chip : chipsOf(markers)) {
                    const QRect r(gx, y + 1, chipWidth(chip.first), lh - 2);
                    p.setPen(Qt::NoPen);
                    p.setBrush(chip.second);
                    p.drawRoundedRect(r, 4 * m_scale, 4 * m_scale);
                    p.setPen(chip.second.lightness() > 150 ? Qt::black : Qt::white);
                    p.drawText(r, Qt::AlignCenter, chip.first);
                    gx = r.right() + int(4 * m_scale);
                }
                p.setPen(m_palette.codeText);
                p.drawText(QRect(gx, y, markerGutter - gx, lh), Qt::AlignVCenter,
                           QStringLiteral("▶"));
            }
            p.setFont(m_font);
            p.setPen(m_palette.codeLineNumber);
            p.drawText(QRect(markerGutter, y, m_numberWidth, lh), Qt::AlignVCenter | Qt::AlignRight,
                       QString::number(i + 1));
            p.setPen(m_palette.codeText);
            p.drawText(QRect(textX, y, width() - textX, lh), Qt::AlignVCenter | Qt::AlignLeft,
                       s.listing.lines[i]);
        }
        top += sectionHeight;
    }
}

void CodeView::updateFonts()
{
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // Its own size, not the widget's: presentation mode scales the window's font too.
    m_font.setPointSizeF(std::max(6.0, m_font.pointSizeF()) * m_scale);
    m_chipFont = m_font;
    m_chipFont.setBold(true);
    m_chipFont.setPointSizeF(m_chipFont.pointSizeF() * 0.85);
    const QFontMetrics fm(m_font);
    m_lineHeight = fm.height() + int(4 * m_scale);
    m_numberWidth = fm.horizontalAdvance(QStringLiteral("999"));
    m_chipWidths.clear();
}

void CodeView::measureText()
{
    const QFontMetrics fm(m_font);
    m_widestLine.clear();
    for (const Section &s : m_sections) {
        int widest = 0;
        for (const QString &l : s.listing.lines)
            widest = std::max(widest, fm.horizontalAdvance(l));
        m_widestLine.push_back(widest);
    }
}

int CodeView::chipWidth(const QString &text) const
{
    auto it = m_chipWidths.constFind(text);
    if (it == m_chipWidths.cend())
        it = m_chipWidths.insert(text, QFontMetrics(m_chipFont).horizontalAdvance(text) +
                                           int(10 * m_scale));
    return it.value();
}

QList<QPair<QString, QColor>> CodeView::chipsOf(const QList<Marker> &markers) const
{
    const int n = int(markers.size());
    const int space = int(4 * m_scale);
    auto widthWith = [&](int named) {
        int w = 0;
        for (int j = 0; j < named; ++j)
            w += chipWidth(markers[j].label) + space;
        if (named < n)
            w += chipWidth(QStringLiteral("+%1").arg(n - named)) + space;
        return w;
    };
    int named = std::min(n, kChipsPerLine);
    while (named > 0 && widthWith(named) > chipBudget())
        --named;
    QList<QPair<QString, QColor>> chips;
    for (int j = 0; j < named; ++j)
        chips << qMakePair(markers[j].label, markers[j].color);
    if (named < n)
        chips << qMakePair(QStringLiteral("+%1").arg(n - named), m_palette.fold);
    return chips;
}

int CodeView::chipBudget() const
{
    const int visible = parentWidget() ? parentWidget()->width() : width();
    return std::max(int(40 * m_scale), visible * 2 / 5 - int(20 * m_scale));
}

void CodeView::measureGutters()
{
    m_gutters.clear();
    for (const Section &s : m_sections)
        m_gutters.push_back(markerGutterOf(s));
}

int CodeView::markerGutterOf(const Section &s) const
{
    int widest = 0;
    for (const QList<Marker> &markers : s.markers) {
        int w = 0;
        for (const auto &chip : chipsOf(markers))
            w += chipWidth(chip.first) + int(4 * m_scale);
        widest = std::max(widest, w);
    }
    return std::max(int(26 * m_scale), widest + int(20 * m_scale));
}

} // namespace sockscope
