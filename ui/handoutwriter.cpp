#include "handoutwriter.h"

#include "models/modelinfo.h"
#include "scenario/scenariolibrary.h"
#include "timelineview.h"
#include "trace/outputfile.h"
#include "tracedocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <cstring>

namespace sockscope {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::Handout)
};

constexpr int kDpi = 144;               // PDF user units per inch for the layout below
constexpr QSize kTimelinePx{1800, 900}; // the timeline is drawn at this size, then scaled

// Draws the run's timeline with the cursor on `event`, as the window shows it at rest.
class TimelinePicture
{
public:
    explicit TimelinePicture(const Trace &trace)
    {
        m_document.setTrace(trace);
        m_document.setLive(false, trace.endNs());
        m_view = new TimelineView(&m_document);
        m_view->setAttribute(Qt::WA_DontShowOnScreen);
        m_view->setFrameShape(QFrame::NoFrame);
        m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_view->setFollowLive(false);
        m_view->setScaleFactor(1.4); // fonts and bars readable on paper
        m_view->resize(kTimelinePx);
        m_view->show();
        QCoreApplication::sendPostedEvents(m_view);
        m_view->zoomToStory();
    }
    ~TimelinePicture() { delete m_view; }
    TimelinePicture(const TimelinePicture &) = delete;
    TimelinePicture &operator=(const TimelinePicture &) = delete;

    QImage at(qsizetype event)
    {
        m_document.setCursor(event);
        QImage image(kTimelinePx, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            m_view->paintTimeline(painter, QRect(QPoint(), kTimelinePx));
        }
        return withoutEmptyBottom(image);
    }

private:
    // Below the last lane every row is the same (background, grid lines, the cursor): cut
    // those rows off, so that a run with few lanes leaves room for the text.
    static QImage withoutEmptyBottom(const QImage &image)
    {
        const int last = image.height() - 1;
        const auto *bottom = image.constScanLine(last);
        const qsizetype bytes = image.bytesPerLine();
        int y = last;
        while (y > 0 && std::memcmp(image.constScanLine(y - 1), bottom, size_t(bytes)) == 0)
            --y;
        const int keep = std::min(image.height(), y + kTimelinePx.height() / 40);
        return image.copy(0, 0, image.width(), keep);
    }

    TraceDocument m_document;
    TimelineView *m_view = nullptr;
};

// Paints text from the top of `box` downwards, wrapped; returns the height used.
int paragraph(QPainter &p, const QRect &box, const QString &text, const QFont &font,
              const QColor &color = Qt::black)
{
    p.setFont(font);
    p.setPen(color);
    const QRect used =
        p.boundingRect(box, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), text);
    p.drawText(box, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), text);
    return used.height();
}

QFont font(int points, bool bold = false, bool monospace = false)
{
    QFont f(monospace ? QStringLiteral("monospace") : QStringLiteral("sans-serif"));
    if (monospace)
        f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString modelTitle(const QString &model)
{
    const ModelInfo *info = findModel(model);
    return info ? info->title : model;
}

QString choiceLetter(int index)
{
    return QString(QChar(u'a' + index));
}

} // namespace

bool writeHandoutPdf(const Handout &handout, const Trace &trace, const QString &path,
                     QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (handout.pages.empty())
        return fail(Text::tr("The run recorded nothing: there is no handout to write."));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    const QString title = Text::tr("%1 — %2").arg(handout.scenarioTitle, modelTitle(handout.model));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("SockScope"));
    QPainter p;
    if (!p.begin(&writer))
        return fail(Text::tr("Could not start the PDF for %1.").arg(path));

    const QRect area(QPoint(), QSize(writer.width(), writer.height()));
    const int gap = kDpi / 8;
    const int pageCount = int(handout.pages.size()) + (handout.questions.empty() ? 0 : 1);
    auto header = [&](int pageNumber) {
        p.setFont(font(9));
        p.setPen(Qt::darkGray);
        p.drawText(area, int(Qt::AlignLeft | Qt::AlignTop), title);
        p.drawText(area, int(Qt::AlignRight | Qt::AlignTop),
                   Text::tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
        return p.fontMetrics().height() + gap;
    };

    TimelinePicture picture(trace);
    const int chapters = int(handout.pages.size());
    for (int i = 0; i < chapters; ++i) {
        const HandoutPage &page = handout.pages[std::size_t(i)];
        if (i > 0 && !writer.newPage())
            return fail(Text::tr("Could not add a page to the PDF for %1.").arg(path));
        int y = header(i + 1);
        QString heading = page.title.isEmpty() && page.text.isEmpty()
                              ? Text::tr("The run (no chapter was reached)")
                              : Text::tr("Chapter %1 of %2").arg(i + 1).arg(chapters);
        if (!page.title.isEmpty())
            heading += QStringLiteral(": ") + page.title;
        y += paragraph(p, area.adjusted(0, y, 0, 0), heading, font(16, true)) + gap / 2;
        if (!page.text.isEmpty())
            y += paragraph(p, area.adjusted(0, y, 0, 0), page.text, font(11)) + gap;

        // The timeline, as wide as the page, its proportions kept.
        const QImage image = picture.at(page.event);
        int width = area.width();
        int height = width * image.height() / image.width();
        if (height > area.height() * 45 / 100) { // many lanes: leave room for the text
            height = area.height() * 45 / 100;
            width = height * image.width() / image.height();
        }
        const QRect target(area.left(), y, width, height);
        p.drawImage(target, image);
        p.setPen(QPen(Qt::lightGray, 1));
        p.drawRect(target);
        y += height + gap;

        // Below: what happened (left) and the code (right).
        const int column = (area.width() - gap) / 2;
        const QRect left(area.left(), y, column, area.bottom() - y);
        const QRect right(area.left() + column + gap, y, column, area.bottom() - y);
        int ly = paragraph(p, left, Text::tr("What happened (event %1)").arg(page.event),
                           font(11, true));
        ly += paragraph(p, left.adjusted(0, ly, 0, 0), page.narration, font(10));
        int ry = paragraph(
            p, right, Text::tr("Where the server is in the code (%1)").arg(handout.listingFlavour),
            font(11, true));
        QStringList code;
        for (const HandoutMark &mark : page.marks)
            code << Text::tr("%1, line %2:  %3").arg(mark.actor).arg(mark.line).arg(mark.text);
        if (code.isEmpty())
            code << Text::tr("(no server thread or process is on a line of the listing)");
        ry += paragraph(p, right.adjusted(0, ry, 0, 0), code.join(QLatin1Char('\n')),
                        font(9, false, true));

        // The predict questions, to answer before looking further: on the first page.
        if (i == 0 && !handout.questions.empty()) {
            y += std::max(ly, ry) + gap;
            QStringList lines;
            for (const PredictQuestion &q : handout.questions) {
                lines << q.question;
                for (int c = 0; c < q.choices.size(); ++c)
                    lines << QStringLiteral("    (%1) %2").arg(choiceLetter(c), q.choices[c]);
            }
            y += paragraph(p, area.adjusted(0, y, 0, 0), Text::tr("Predict"), font(11, true));
            paragraph(p, area.adjusted(0, y, 0, 0), lines.join(QLatin1Char('\n')), font(10));
        }
    }

    if (!handout.questions.empty()) {
        if (!writer.newPage())
            return fail(Text::tr("Could not add a page to the PDF for %1.").arg(path));
        int y = header(pageCount);
        y += paragraph(p, area.adjusted(0, y, 0, 0), Text::tr("Answers"), font(16, true)) + gap;
        for (const PredictQuestion &q : handout.questions) {
            y += paragraph(p, area.adjusted(0, y, 0, 0), q.question, font(11, true));
            const int a = q.answer >= 0 && q.answer < q.choices.size() ? q.answer : 0;
            y += paragraph(p, area.adjusted(0, y, 0, 0),
                           Text::tr("Answer (%1): %2").arg(choiceLetter(a), q.choices.value(a)),
                           font(11));
            y += paragraph(p, area.adjusted(0, y, 0, 0), q.explanation, font(10), Qt::darkGray) +
                 gap;
        }
    }
    p.end();
    if (buffer.data().isEmpty())
        return fail(Text::tr("Could not start the PDF for %1.").arg(path));
    return writeOutputFile(path, buffer.data(), error);
}

bool exportHandout(const Trace &trace, const QString &scenarioNameOrFile, const QString &path,
                   QString *error)
{
    QStringList problems;
    const auto scenario = loadScenario(scenarioNameOrFile, &problems);
    if (!scenario) {
        if (error)
            *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    const Handout handout = makeHandout(*scenario, trace.model, trace);
    return writeHandoutPdf(handout, trace, path, error);
}

} // namespace sockscope
