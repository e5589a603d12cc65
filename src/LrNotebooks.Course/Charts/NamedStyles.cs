using System.Text.RegularExpressions;

namespace LrNotebooks.Course;

/// <summary>
/// One style per optimizer and per schedule for the whole course, chosen by name and not by position in a call:
/// Adam is the same vermillion long-dash-dot line in 05's contour map, its loss chart and 07's sweep. A chart uses
/// these when each of its series names a different optimizer (or, failing that, a different schedule); a chart
/// of one optimizer at several learning rates falls back to the palette by position (<see cref="SeriesStyle.At"/>).
/// Every style differs from every other in colour and dash together, and the ones that meet in the course's charts
/// (SGD, momentum, Nesterov, RMSProp, Adagrad, Adam, AdamW, AMSGrad, schedule-free; constant, step, exponential,
/// cosine, warm-up + cosine, one-cycle, WSD) have different dash patterns, so colour never carries the name alone.
/// </summary>
public static class NamedStyles
{
    /// <summary>One row of the table: the name shown in the docs, the pattern that finds it in a label, the style.</summary>
    /// <param name="Name">The plain name, e.g. "momentum (heavy ball)".</param>
    /// <param name="Pattern">Matched case-insensitively against a series name; the first row that matches wins.</param>
    /// <param name="Style">How the series is drawn.</param>
    public sealed record Entry(string Name, Regex Pattern, SeriesStyle Style);

    private static Entry E(string name, string pattern, string color, string dash, string symbol) =>
        new(name, new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), new SeriesStyle(color, dash, symbol));

    private const string Black = "#000000", Blue = "#0072B2", Orange = "#E69F00", Green = "#009E73",
        Vermillion = "#D55E00", Purple = "#CC79A7", Sky = "#56B4E9";

    /// <summary>Dash-dot-dot, for the styles past plotly's six named dash patterns.</summary>
    private const string DashDotDot = "10px,4px,2px,4px,2px,4px";

    /// <summary>The optimizers, most specific first (AdamW before Adam, Nesterov before momentum).</summary>
    public static IReadOnlyList<Entry> Optimizers { get; } =
    [
        E("schedule-free", @"schedule[- ]?free", Purple, "solid", "hexagram"),
        E("AdamW", @"\badamw\b", Black, DashDotDot, "star"),
        E("AMSGrad", @"ams[- ]?grad", Vermillion, "dot", "triangle-right"),
        E("NAdam", @"\bnadam\b", Orange, "dot", "pentagon"),
        E("RAdam", @"\bradam\b", Green, "dash", "hourglass"),
        E("Adamax", @"\badamax\b", Blue, "dot", "bowtie"),
        E("Adam", @"\badam\b", Vermillion, "longdashdot", "x"),
        E("Adagrad", @"\badagrad\b", Purple, "longdash", "triangle-down"),
        E("Adadelta", @"\badadelta\b", Black, "dash", "triangle-left"),
        E("RMSProp", @"\brms[- ]?prop\b", Green, "dashdot", "triangle-up"),
        E("Lion", @"\blion\b", Sky, "longdash", "cross"),
        E("Nesterov", @"nesterov", Sky, "dot", "diamond"),
        E("momentum (heavy ball)", @"momentum|heavy[- ]ball", Orange, "dash", "square"),
        E("SGD (gradient descent)", @"\bsgd\b|gradient descent|\bgd\b", Blue, "solid", "circle"),
    ];

    /// <summary>The schedules, most specific first (warm-up + cosine before cosine, WSD before step).</summary>
    public static IReadOnlyList<Entry> Schedules { get; } =
    [
        E("WSD (warm-up, stable, decay)", @"\bwsd\b|stable", Purple, "solid", "hexagram"),
        E("one-cycle", @"one[- ]?cycle|1cycle", Sky, "longdashdot", "x"),
        E("cosine with restarts", @"restart", Purple, "dot", "triangle-down"),
        E("warm-up + cosine", @"warm.*cosine|linear\(.*\|\s*cosine", Orange, "longdash", "star"),
        E("cosine", @"cosine", Vermillion, "dashdot", "triangle-up"),
        E("exponential", @"exponential", Green, "dot", "diamond"),
        E("1/√t", @"1/√t|inverse[- ]sqrt|rsqrt", Blue, "longdashdot", "pentagon"),
        E("1/t", @"1/t|inverse[- ]time", Green, "longdash", "cross"),
        E("step decay", @"\bstep decay|\bmulti-?step|^step\(|\bstep\(|step-wise|stepwise", Blue, "dash", "square"),
        E("cyclic", @"cyclic|triangular", Sky, "dash", "bowtie"),
        E("polynomial", @"polynomial", Vermillion, "dash", "hourglass"),
        E("linear", @"\blinear\b", Orange, "dot", "triangle-left"),
        E("constant", @"constant|\bfixed\b", Black, "solid", "circle"),
    ];

    /// <summary>The optimizer a series name speaks of, or null.</summary>
    public static Entry? Optimizer(string name) => Find(Optimizers, name);

    /// <summary>The schedule a series name speaks of, or null.</summary>
    public static Entry? Schedule(string name) => Find(Schedules, name);

    /// <summary>
    /// The styles of a chart's series, in order: by optimizer when every name finds a different optimizer, else by
    /// schedule when every name finds a different schedule, else by position.
    /// </summary>
    public static SeriesStyle[] For(IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return ByName(names, Optimizer) ?? ByName(names, Schedule) ?? names.Select((_, i) => SeriesStyle.At(i)).ToArray();
    }

    private static SeriesStyle[]? ByName(IReadOnlyList<string> names, Func<string, Entry?> find)
    {
        var found = names.Select(find).ToArray();
        if (found.Length == 0 || found.Any(e => e is null) || found.Distinct().Count() != found.Length) return null;
        return found.Select(e => e!.Style).ToArray();
    }

    private static Entry? Find(IReadOnlyList<Entry> table, string name) =>
        name is null ? null : table.FirstOrDefault(e => e.Pattern.IsMatch(name));
}
