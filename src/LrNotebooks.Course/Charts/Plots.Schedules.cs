using LrNotebooks.Core;
using LrNotebooks.Core.Schedules;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    /// <summary>
    /// Preview of one or more learning-rate schedules over <paramref name="steps"/> optimizer steps, each labelled in
    /// plain words (<see cref="ScheduleLabels.Plain"/>) and styled by its kind (<see cref="NamedStyles"/>). Piecewise
    /// constant schedules (step decay) are drawn as staircases (the rate At(t) holds for the whole of step t), smooth
    /// ones (cosine, exponential, warm-up) as smooth lines. The y axis is logarithmic when most steps run two decades or more
    /// below the peak rate, linear otherwise.
    /// </summary>
    /// <example><c>Plots.Schedules(100, Schedule.Cosine(0.1, 100), Schedule.Step(0.1, 30))</c></example>
    public static Figure Schedules(int steps, params Schedule[] schedules) => Schedules(steps, schedules, null, null);

    /// <summary>Preview of schedules with an explicit axis choice.</summary>
    /// <param name="steps">How many steps to show (&gt;= 1): steps 0 .. steps - 1.</param>
    /// <param name="schedules">The schedules (at least one); each legend entry is the schedule in plain words.</param>
    /// <param name="logY">true/false forces the axis type; null (default) chooses log when half of the steps run at a rate
    /// at least 100x below the peak (a long exponential decay), linear otherwise (cosine, steps, one-cycle: their shape reads best linearly).</param>
    /// <param name="title">The chart title; default "Learning-rate schedule(s)".</param>
    public static Figure Schedules(int steps, IEnumerable<Schedule> schedules, bool? logY = null, string? title = null)
    {
        Guard.AtLeast(steps, 1, nameof(steps));
        var items = Guard.Items(schedules, nameof(schedules));
        var values = items.Select(s => s.Preview(steps)).ToArray();
        bool log = logY ?? MostlyDecadesBelowPeak(values.SelectMany(v => v));
        var dropped = log ? values.Sum(v => v.Count(x => x <= 0)) : 0;
        var figure = new FigureBuilder(title ?? (items.Length == 1 ? "Learning-rate schedule" : "Learning-rate schedules"),
            new Axis("step"), new Axis("learning rate", log));
        var names = items.Select(ScheduleLabels.Plain).ToArray();
        var styles = NamedStyles.For(names);
        for (int i = 0; i < items.Length; i++)
        {
            var y = values[i].Select(v => double.IsFinite(v) && (!log || v > 0) ? v : (double?)null).ToArray();
            figure.Add(Traces.Line(names[i], Traces.Steps(steps), y, styles[i].Color, styles[i].Dash, shape: Staircase(values[i]) ? "hv" : null)
                .Hover("step %{x}<br>learning rate %{y:.4g}"));
        }
        if (dropped > 0) figure.Note($"{dropped} rate(s) ≤ 0 not shown on the log axis");
        return figure.Build();
    }

    /// <summary>
    /// Whether a schedule is piecewise constant (step decay: every change is followed by a step that holds the rate),
    /// drawn as a staircase; a schedule that changes at consecutive steps (cosine, exponential, a warm-up) is smooth
    /// and drawn as a line through its values.
    /// </summary>
    internal static bool Staircase(IReadOnlyList<double> rates)
    {
        for (int t = 1; t + 1 < rates.Count; t++)
            if (rates[t] != rates[t - 1] && rates[t + 1] != rates[t]) return false;
        return true;
    }

    /// <summary>Whether the median rate is two decades or more below the largest (only then would a linear axis flatten most of the curve).</summary>
    private static bool MostlyDecadesBelowPeak(IEnumerable<double> rates)
    {
        var finite = rates.Where(double.IsFinite).Order().ToArray();
        if (finite.Length == 0 || finite[^1] <= 0) return false;
        double median = finite[finite.Length / 2];
        return median > 0 && finite[^1] / median >= 100;
    }
}
