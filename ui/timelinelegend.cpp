#include "timelinelegend.h"

#include "timelinemarks.h"

#include <QPainter>

namespace sockscope {

namespace {
constexpr int kSwatch = 26;
constexpr int kGap = 18;
constexpr int kMargin = 6;
} // namespace

TimelineLegend::TimelineLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TimelineLegend::setPalette(const TimelinePalette &palette)
{
    m_palette = palette;
    update();
}

void TimelineLegend::setScaleFactor(double factor)
{
    m_scaleFactor = factor;
    updateGeometry();
    update();
}

void TimelineLegend::setShowTasks(bool on)
{
    if (on == m_showTasks)
        return;
    m_showTasks = on;
    updateGeometry();
    update();
}

void TimelineLegend::setSocketView(SocketView view)
{
    if (view == m_socketView)
        return;
    m_socketView = view;
    updateGeometry();
    update();
}

void TimelineLegend::setModel(const QString &model)
{
    if (model == m_model)
        return;
    m_model = model;
    updateGeometry();
    update();
}

QFont TimelineLegend::legendFont() const
{
    QFont f = font();
    f.setPixelSize(int(14 * m_scaleFactor));
    f.setBold(true);
    return f;
}

int TimelineLegend::layoutEntries(int width, std::vector<QRect> *rects) const
{
    const QFontMetrics fm(legendFont());
    const int swatch = int(kSwatch * m_scaleFactor);
    const int rowHeight = std::max(fm.height(), swatch) + int(6 * m_scaleFactor);
    int x = kMargin, y = kMargin;
    for (const auto &entry : m_palette.legend(m_showTasks, showsWaits(m_socketView),
                                              showsSockets(m_socketView), m_model)) {
        const bool note = entry.shape == TimelinePalette::LegendEntry::Shape::Note;
        const int w = (note ? 0 : swatch + 6) + fm.horizontalAdvance(entry.text);
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin;
            y += rowHeight;
        }
        if (rects)
            rects->push_back(QRect(x, y, w, rowHeight));
        x += w + int(kGap * m_scaleFactor);
    }
    return y + rowHeight + kMargin;
}

int TimelineLegend::heightForWidth(int width) const
{
    return layoutEntries(width, nullptr);
}

QSize TimelineLegend::sizeHint() const
{
    const int w = std::max(width(), 400);
    return {w, heightForWidth(w)};
}

QSize TimelineLegend::minimumSizeHint() const
{
    return {200, heightForWidth(std::max(width(), 200))};
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), m_palette.background);
    p.setRenderHint(QPainter::Antialiasing, true);
    std::vector<QRect> rects;
    const int needed = layoutEntries(width(), &rects);
    if (needed != height())
        const_cast<TimelineLegend *>(this)->setFixedHeight(needed);
    const QFont f = legendFont();
    p.setFont(f);
    const int swatch = int(kSwatch * m_scaleFactor);
    const auto entries = m_palette.legend(m_showTasks, showsWaits(m_socketView),
                                          showsSockets(m_socketView), m_model);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto &entry = entries[i];
        const QRect r = rects[i];
        const QRect sw(r.left(), r.center().y() - swatch / 2 + 1, swatch, swatch * 2 / 3);
        using S = TimelinePalette::LegendEntry::Shape;
        switch (entry.shape) {
        case S::Bar:
            p.fillRect(sw, entry.color);
            break;
        case S::Hatched:
            p.fillRect(sw, entry.color);
            p.fillRect(sw, QBrush(m_palette.zombieHatch, Qt::BDiagPattern));
            break;
        case S::Cell: {
            const QRect a(sw.left(), sw.top(), sw.height(), sw.height());
            const QRect b = a.translated(sw.height() + 2, 0);
            p.fillRect(a, entry.color);
            p.setPen(m_palette.marker);
            p.drawRect(b);
            break;
        }
        case S::Arrow: {
            p.setPen(QPen(entry.color, 3 * m_scaleFactor));
            const QPointF a(sw.left(), sw.center().y()), b(sw.right(), sw.center().y());
            p.drawLine(a, b);
            const QPointF tip(sw.right() + 1, sw.center().y());
            p.setBrush(entry.color);
            p.setPen(Qt::NoPen);
            const QPointF head[3] = {tip, tip + QPointF(-8, -5) * m_scaleFactor,
                                     tip + QPointF(-8, 5) * m_scaleFactor};
            p.drawPolygon(head, 3);
            p.setBrush(Qt::NoBrush);
            break;
        }
        case S::TaskAwait: {
            QColor fill = entry.color;
            fill.setAlpha(48);
            p.fillRect(sw, fill);
            p.setPen(
                QPen(entry.color, std::max(1.0, 2 * m_scaleFactor), Qt::DashLine, Qt::FlatCap));
            p.drawRect(sw);
            break;
        }
        case S::TaskResume: {
            const QColor c = entry.color.darker(120);
            p.setPen(QPen(c, 2 * m_scaleFactor, Qt::DotLine, Qt::RoundCap));
            p.drawLine(QPointF(sw.left(), sw.top()), QPointF(sw.right() - 4, sw.bottom()));
            const QPointF tip(sw.right() + 1, sw.bottom() + 1);
            p.setBrush(c);
            p.setPen(Qt::NoPen);
            const QPointF head[3] = {tip, tip + QPointF(-9, -2) * m_scaleFactor,
                                     tip + QPointF(-4, -8) * m_scaleFactor};
            p.drawPolygon(head, 3);
            p.setBrush(Qt::NoBrush);
            break;
        }
        case S::Mark:
            drawMark(p, entry.mark, QRectF(sw).center(), sw.height() * 0.9, m_palette);
            break;
        case S::Gauge: {
            p.setPen(QPen(m_palette.gaugeFrame, 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(sw);
            const int h = sw.height() * 2 / 3;
            p.fillRect(QRect(sw.left(), sw.bottom() - h + 1, sw.width() / 2, h), entry.color);
            p.fillRect(QRect(sw.left() + sw.width() / 2, sw.bottom() - h / 2 + 1,
                             sw.width() - sw.width() / 2, h / 2),
                       entry.color);
            break;
        }
        case S::Note:
            break;
        }
        const int textLeft = entry.shape == S::Note ? r.left() : r.left() + swatch + 6;
        p.setPen(m_palette.labelText);
        p.drawText(QRect(textLeft, r.top(), r.right() - textLeft, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, entry.text);
    }
}

} // namespace sockscope
