#include "codepane.h"

#include "analysis/lanes.h"
#include "cursorstate.h"
#include "models/modelinfo.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace sockscope {

// The painted listing: a section per program (the server model, the client script), line
// numbers, and per line the chips of the actors standing on it.
class CodeView : public QWidget
{
public:
    struct Marker
    {
        std::uint32_t actor = 0;
        QString label; // "main: accept(fd 3)"
        QColor color;
    };
    struct Section
    {
        QString title;
        Listing listing;
        QHash<int, QList<Marker>> markers; // line -> actors on it
        int highlighted = -1;              // the selected actor's line
    };

    explicit CodeView(QWidget *parent) : QWidget(parent) { setFocusPolicy(Qt::NoFocus); }

    void setSections(std::vector<Section> sections)
    {
        m_sections = std::move(sections);
        updateGeometry();
        resize(sizeHint());
        update();
    }
    const std::vector<Section> &sections() const { return m_sections; }
    void setPalette(const TimelinePalette &palette)
    {
        m_palette = palette;
        update();
    }
    void setScaleFactor(double factor)
    {
        m_scale = factor;
        updateGeometry();
        resize(sizeHint());
        update();
    }

    // y of the highlighted line's top, -1 for none.
    int highlightedY() const
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
    int lineHeight() const { return QFontMetrics(codeFont()).height() + int(4 * m_scale); }

    QSize sizeHint() const override
    {
        const QFontMetrics fm(codeFont());
        int lines = 0, widest = 0;
        for (const Section &s : m_sections) {
            lines += int(s.listing.lines.size()) + 1;
            for (const QString &l : s.listing.lines)
                widest = std::max(widest, fm.horizontalAdvance(l));
        }
        return {gutter() + widest + int(320 * m_scale),
                lines * lineHeight() + int(m_sections.size()) * gap()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), m_palette.codeBackground);
        const QFont font = codeFont();
        QFont bold = font;
        bold.setBold(true);
        const QFontMetrics fm(font);
        const int lh = lineHeight();
        int y = 0;
        for (const Section &s : m_sections) {
            p.setFont(bold);
            p.setPen(m_palette.codeText);
            p.drawText(QRect(int(6 * m_scale), y, width(), lh), Qt::AlignVCenter, s.title);
            y += lh;
            for (int i = 0; i < s.listing.lines.size(); ++i, y += lh) {
                const QRect row(0, y, width(), lh);
                if (i == s.highlighted)
                    p.fillRect(row, m_palette.codeCurrentLine);
                const QList<Marker> markers = s.markers.value(i);
                // Gutter: one coloured bar per actor on this line.
                int gx = int(2 * m_scale);
                for (const Marker &m : markers) {
                    p.fillRect(QRect(gx, y + 2, int(5 * m_scale), lh - 4), m.color);
                    gx += int(7 * m_scale);
                }
                p.setFont(font);
                p.setPen(m_palette.codeLineNumber);
                p.drawText(QRect(markerGutter(), y, numberWidth(), lh),
                           Qt::AlignVCenter | Qt::AlignRight, QString::number(i + 1));
                p.setPen(m_palette.codeText);
                const int textX = gutter();
                p.drawText(QRect(textX, y, width() - textX, lh), Qt::AlignVCenter | Qt::AlignLeft,
                           s.listing.lines[i]);
                // After the code: who is here, in the lane's colour.
                int cx = textX + fm.horizontalAdvance(s.listing.lines[i]) + int(16 * m_scale);
                p.setFont(bold);
                const QFontMetrics bm(bold);
                for (const Marker &m : markers) {
                    const QString text = QStringLiteral("◀ %1").arg(m.label);
                    const QRect chip(cx, y + 1, bm.horizontalAdvance(text) + int(12 * m_scale),
                                     lh - 2);
                    p.setPen(Qt::NoPen);
                    p.setBrush(m.color);
                    p.drawRoundedRect(chip, 4 * m_scale, 4 * m_scale);
                    p.setPen(m.color.lightness() > 150 ? Qt::black : Qt::white);
                    p.drawText(chip, Qt::AlignCenter, text);
                    cx = chip.right() + int(6 * m_scale);
                }
            }
            y += gap();
        }
    }

private:
    QFont codeFont() const
    {
        QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        // Its own size, not the widget's: presentation mode scales the window's font too.
        f.setPointSizeF(std::max(6.0, f.pointSizeF()) * m_scale);
        return f;
    }
    int markerGutter() const { return int(26 * m_scale); }
    int numberWidth() const
    {
        return QFontMetrics(codeFont()).horizontalAdvance(QStringLiteral("999"));
    }
    int gutter() const { return markerGutter() + numberWidth() + int(12 * m_scale); }
    int gap() const { return int(8 * m_scale); }

    std::vector<Section> m_sections;
    TimelinePalette m_palette;
    double m_scale = 1.0;
};

CodePane::CodePane(CursorState *state, std::function<int(std::uint32_t)> laneIndexOf,
                   QWidget *parent)
    : QWidget(parent), m_state(state), m_view(new CodeView(this)), m_scroll(new QScrollArea(this)),
      m_title(new QLabel(this)), m_python(new QToolButton(this)), m_c(new QToolButton(this))
{
    setObjectName(QStringLiteral("CodePane"));
    m_laneIndexOf = std::move(laneIndexOf);
    m_title->setTextFormat(Qt::PlainText);
    m_python->setText(tr("Python"));
    m_python->setToolTip(tr("Show the Python-flavoured listing"));
    m_c->setText(tr("C"));
    m_c->setToolTip(tr("Show the C-flavoured listing"));
    for (QToolButton *b : {m_python, m_c}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_python);
    group->addButton(m_c);
    m_python->setChecked(true);
    connect(m_python, &QToolButton::clicked, this, [this] { setFlavour(Flavour::Python); });
    connect(m_c, &QToolButton::clicked, this, [this] { setFlavour(Flavour::C); });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 6, 2);
    // The toggle first: a wide listing must not push it out of a narrow dock.
    header->addWidget(m_python);
    header->addWidget(m_c);
    header->addSpacing(8);
    header->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(false);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(m_state, &CursorState::changed, this, &CodePane::refresh);
    refresh();
}

void CodePane::setFlavour(Flavour flavour)
{
    m_flavour = flavour;
    m_python->setChecked(flavour == Flavour::Python);
    m_c->setChecked(flavour == Flavour::C);
    refresh();
}

void CodePane::setTimelinePalette(const TimelinePalette &palette)
{
    m_palette = palette;
    m_view->setPalette(palette);
    refresh();
}

void CodePane::setScaleFactor(double factor)
{
    m_view->setScaleFactor(factor);
    refresh();
}

std::uint32_t CodePane::selectedActor() const
{
    const qsizetype index = m_state->index();
    return index >= 0 ? m_state->trace().at(index).actor : 0;
}

int CodePane::markedLine(std::uint32_t actor) const
{
    for (const CodeView::Section &s : m_view->sections()) {
        for (auto it = s.markers.cbegin(); it != s.markers.cend(); ++it) {
            for (const CodeView::Marker &m : it.value()) {
                if (m.actor == actor)
                    return it.key();
            }
        }
    }
    return -1;
}

QString CodePane::markedLineText(std::uint32_t actor) const
{
    for (const CodeView::Section &s : m_view->sections()) {
        for (auto it = s.markers.cbegin(); it != s.markers.cend(); ++it) {
            for (const CodeView::Marker &m : it.value()) {
                if (m.actor == actor)
                    return s.listing.lines.value(it.key());
            }
        }
    }
    return {};
}

void CodePane::refresh()
{
    const Trace &trace = m_state->trace();
    m_model = trace.model;
    const ModelInfo *info = findModel(m_model);
    m_title->setText(m_model.isEmpty() ? tr("No run yet")
                                       : tr("%1 server").arg(info ? info->title : m_model));
    CodeView::Section server;
    server.title = tr("Server (%1)").arg(info ? info->title : m_model);
    server.listing = listingFor(m_model, m_flavour);
    CodeView::Section client;
    client.title = tr("Each scripted client");
    client.listing = listingFor(QStringLiteral("client"), m_flavour);
    bool hasClients = false;

    const std::uint32_t selected = selectedActor();
    for (const ActorStatus &status : m_state->state().actors) {
        const Actor *actor = trace.actor(status.actor);
        if (!actor || status.line == kNoLine)
            continue;
        // A reaped child, an ended thread or a finished client is on no line any more.
        if (status.state == ActorState::NotStarted || status.state == ActorState::Reaped ||
            status.state == ActorState::Exited)
            continue;
        const bool isClient = actor->kind == ActorKind::Client;
        CodeView::Section &section = isClient ? client : server;
        hasClients |= isClient;
        const int line = section.listing.lineOf.value(LineTag(status.line), -1);
        if (line < 0)
            continue;
        CodeView::Marker marker;
        marker.actor = status.actor;
        marker.color = m_palette.actorColor(m_laneIndexOf ? m_laneIndexOf(status.actor) : -1);
        marker.label = laneTitle(*actor);
        if (status.state == ActorState::Blocked && !status.call.isEmpty())
            marker.label = tr("%1 waits in %2").arg(marker.label, status.call);
        else if (status.state == ActorState::Zombie)
            marker.label = tr("%1 (zombie)").arg(marker.label);
        section.markers[line].append(marker);
        if (status.actor == selected)
            section.highlighted = line;
    }
    std::vector<CodeView::Section> sections;
    if (!server.listing.isEmpty())
        sections.push_back(server);
    if (hasClients && !client.listing.isEmpty())
        sections.push_back(client);
    m_view->setSections(std::move(sections));
    const int y = m_view->highlightedY();
    if (y >= 0)
        m_scroll->ensureVisible(0, y + m_view->lineHeight() / 2, 0, m_view->lineHeight() * 2);
}

} // namespace sockscope
