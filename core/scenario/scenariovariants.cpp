// The scenario's "variants" (named configurations beside its models) and the "blocking_work"
// condition of chapters, questions and checks.
#include "scenario/scenariovalidator.h"

#include "models/modelinfo.h"

#include <QRegularExpression>

namespace sockscope::loader {

void Validator::readVariants(const Object &top, Scenario &s)
{
    const JsonValue *variants =
        array(top, "variants", false,
              tr("a list of variants, each {\"name\": ..., \"model\": ..., \"blocking_work\": "
                 "...}"));
    if (!variants)
        return;
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    const QStringList known = modelNames();
    for (std::size_t i = 0; i < variants->items.size(); ++i) {
        const QString path = QStringLiteral("variants[%1]").arg(i);
        const Object o(*this, variants->items[i], path,
                       {QStringLiteral("name"), QStringLiteral("model"), QStringLiteral("title"),
                        QStringLiteral("blocking_work")},
                       tr("a variant {\"name\": ..., \"model\": ..., \"blocking_work\": ...}"));
        if (!o.valid())
            continue;
        ScenarioVariant v;
        bool ok = true;
        if (auto name = o.string("name", true,
                                 tr("a short name of lowercase letters, digits and dashes, "
                                    "e.g. \"asyncio-await\""))) {
            const TextPosition where = o.get("name")->position;
            if (!pattern.match(*name).hasMatch()) {
                report(where, o.field("name"),
                       tr("expected a short name of lowercase letters, digits and dashes (used "
                          "like a model: --model NAME), got %1")
                           .arg(describeJsonValue(*o.get("name"))));
                ok = false;
            } else if (known.contains(*name)) {
                report(where, o.field("name"),
                       tr("%1 is the name of a model; a variant needs a name of its own, e.g. "
                          "%2")
                           .arg(quoted(*name), quoted(*name + QStringLiteral("-variant"))));
                ok = false;
            } else if (s.variant(*name)) {
                report(where, o.field("name"),
                       tr("the variant %1 is listed twice").arg(quoted(*name)));
                ok = false;
            }
            v.name = *name;
        } else {
            ok = false;
        }
        if (auto model = o.string("model", true, tr("one of this scenario's models"))) {
            const JsonValue &m = *o.get("model");
            if (!s.models.contains(*model)) {
                if (checkModelName(m, o.field("model")))
                    report(m.position, o.field("model"),
                           tr("%1 is not one of this scenario's models (%2)")
                               .arg(quoted(*model), s.models.join(QStringLiteral(", "))));
                ok = false;
            }
            v.model = *model;
        } else {
            ok = false;
        }
        v.title = o.string("title", false, tr("a short title for lists")).value_or(v.name);
        // The one option a variant can set today; it must set something.
        v.blockingWork = o.boolean("blocking_work");
        if (!o.get("blocking_work")) {
            report(variants->items[i].position, path,
                   tr("a variant sets \"blocking_work\" otherwise than the scenario's server "
                      "does; this one sets nothing"));
            ok = false;
        } else if (v.blockingWork && v.model != QLatin1String("asyncio")) {
            report(o.get("blocking_work")->position, o.field("blocking_work"),
                   tr("blocking_work only changes the asyncio model, but this variant is of "
                      "%1")
                       .arg(quoted(v.model)));
            ok = false;
        } else if (v.blockingWork && *v.blockingWork == s.config.server.blockingWork) {
            report(o.get("blocking_work")->position, o.field("blocking_work"),
                   tr("the scenario's server already has blocking_work %1: this variant would "
                      "be the model %2 again")
                       .arg(*v.blockingWork ? QStringLiteral("true") : QStringLiteral("false"),
                            quoted(v.model)));
            ok = false;
        }
        if (ok)
            s.variants.push_back(v);
    }
}

std::optional<bool> Validator::readBlockingWorkCondition(const Object &o, const QStringList &models,
                                                         const Scenario &s)
{
    const std::optional<bool> wanted = o.boolean("blocking_work");
    if (!wanted)
        return std::nullopt;
    const QStringList &about = models.isEmpty() ? s.models : models;
    if (!about.contains(QStringLiteral("asyncio")))
        report(o.get("blocking_work")->position, o.field("blocking_work"),
               tr("blocking_work %1 only matches asyncio runs, but this is about %2")
                   .arg(*wanted ? QStringLiteral("true") : QStringLiteral("false"),
                        about.join(QStringLiteral(", "))));
    return wanted;
}

} // namespace sockscope::loader
