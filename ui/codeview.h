#pragma once

#include "models/listing.h"
#include "timelinepalette.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>
#include <QWidget>

#include <vector>

namespace sockscope {

// The painted listing: a section per program (the server model, the client script), line
// numbers, and per line the chips of the actors standing on it.
class CodeView : public QWidget
{
public:
    struct Marker
    {
        std::uint32_t actor = 0;
        QString label; // "main", short: it sits in the gutter
        QColor color;
    };
    struct Section
    {
        QString title;
        Listing listing;
        QHash<int, QList<Marker>> markers; // line -> actors on it
        int highlighted = -1;              // the selected actor's line
    };

    explicit CodeView(QWidget *parent);

    // In a scroll area: the chips' room follows the width of its viewport.
    void followViewport(QWidget *viewport) { viewport->installEventFilter(this); }
    bool eventFilter(QObject *watched, QEvent *event) override;

    // Stepping the cursor moves markers far more often than the listing changes: the text's
    // widths are measured again only when its lines do, and the size only changes when the
    // gutter or the lines make it.
    void setSections(std::vector<Section> sections);
    const std::vector<Section> &sections() const { return m_sections; }
    void setPalette(const TimelinePalette &palette);
    void setScaleFactor(double factor);

    // y of the highlighted line's top, -1 for none.
    int highlightedY() const;
    int lineHeight() const { return m_lineHeight; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateFonts();
    void measureText();
    static constexpr int kChipsPerLine = 2;
    int chipWidth(const QString &text) const;
    // At most a few chips per line, and no wider together than chipBudget(); the rest as "+N"
    // (a thousand clients on one recv line, three forked children on a narrow projector).
    QList<QPair<QString, QColor>> chipsOf(const QList<Marker> &markers) const;
    // The chips of a line may take two fifths of the pane's width, so that the code stays in
    // sight beside them.
    int chipBudget() const;
    // Each section (program) has its own gutter, as wide as its busiest line needs.
    int markerGutterOf(const Section &s) const;
    void measureGutters(); // m_gutters, one a section
    int gutterOf(std::size_t section) const
    {
        return m_gutters[section] + m_numberWidth + int(12 * m_scale);
    }
    int gap() const { return int(8 * m_scale); }

    std::vector<Section> m_sections;
    TimelinePalette m_palette;
    double m_scale = 1.0;
    QFont m_font, m_chipFont;
    int m_lineHeight = 0;
    int m_numberWidth = 0;
    std::vector<int> m_widestLine; // per section: its longest line's width
    std::vector<int> m_gutters;    // per section: the marker gutter's width
    QSize m_lastHint;
    mutable QHash<QString, int> m_chipWidths;
};

} // namespace sockscope
