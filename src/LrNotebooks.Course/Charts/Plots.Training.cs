using LrNotebooks.Training;
using Plotly.NET;

namespace LrNotebooks.Course;

public static partial class Plots
{
    /// <summary>
    /// Accuracy per epoch for one or more training runs: validation solid, training dashed, one colour per run.
    /// A diverged run ends at its last completed epoch, labelled "diverged at step k" (k = batch step).
    /// </summary>
    /// <example><c>Plots.Training(slowRun, goodRun, tooHighRun)</c></example>
    public static Figure Training(params TrainingResult[] runs) => Training((IEnumerable<TrainingResult>)runs);

    /// <summary>Accuracy per epoch; see <see cref="Training(TrainingResult[])"/>.</summary>
    public static Figure Training(IEnumerable<TrainingResult> runs, string? title = null)
    {
        var checkedRuns = CheckedTrainings(runs, nameof(runs));
        return TrainingChart(checkedRuns, title ?? "Accuracy per epoch", AccuracyAxis(checkedRuns), false,
            e => e.TrainAccuracy, e => e.ValidationAccuracy, "accuracy %{y:.1%}");
    }

    /// <summary>
    /// The accuracy axis: 0 to 100 % when the accuracies drawn span half of it or more; otherwise zoomed to the data
    /// (with a margin of a tenth of their span), so runs a few points apart are told apart, and the title says the
    /// axis does not start at 0. Below three points of span the ticks get a decimal.
    /// </summary>
    internal static Axis AccuracyAxis(IReadOnlyList<TrainingResult> runs)
    {
        var values = runs.SelectMany(r => r.Epochs.SelectMany(e => new[] { e.TrainAccuracy, e.ValidationAccuracy })).Where(double.IsFinite).ToArray();
        var full = new Axis("accuracy", Range: (0, 1.02), TickFormat: ".0%");
        if (values.Length == 0) return full;
        double lo = values.Min(), hi = values.Max(), span = hi - lo;
        if (span >= 0.5) return full;
        double pad = Math.Max(0.1 * span, 0.005);
        double from = Math.Max(0, lo - pad), to = Math.Min(1.02, hi + pad);
        return new Axis(from > 0 ? $"accuracy (zoomed: the axis starts at {NumberText.Short(Math.Round(from * 100, 1))} %)" : "accuracy", Range: (from, to), TickFormat: span < 0.03 ? ".1%" : ".0%");
    }

    /// <summary>
    /// Mean cross-entropy per epoch (log y): validation solid, training dashed, one colour per run; a validation
    /// loss that turns up while the training loss keeps falling is overfitting.
    /// </summary>
    /// <example><c>Plots.TrainingLoss(slowRun, goodRun)</c></example>
    public static Figure TrainingLoss(params TrainingResult[] runs) => TrainingLoss((IEnumerable<TrainingResult>)runs);

    /// <summary>Loss per epoch; see <see cref="TrainingLoss(TrainingResult[])"/>.</summary>
    public static Figure TrainingLoss(IEnumerable<TrainingResult> runs, string? title = null) =>
        TrainingChart(CheckedTrainings(runs, nameof(runs)), title ?? "Loss per epoch",
            new Axis("loss (mean cross-entropy)", Log: true), true,
            e => e.TrainLoss, e => e.ValidationLoss, "loss %{y:.4g}");

    private static Figure TrainingChart(TrainingResult[] runs, string title, Axis y, bool log,
        Func<EpochMetrics, double> train, Func<EpochMetrics, double> validation, string valueHover)
    {
        var figure = new FigureBuilder(title, new Axis("epoch"), y);
        var all = runs.SelectMany(r => r.Epochs.SelectMany(e => new[] { train(e), validation(e) })).Where(double.IsFinite).ToArray();
        double floor = LogScale.Floor(all);
        if (log) LogScale.NoteFloor(figure, all, floor, "value", "values");
        var styles = NamedStyles.For(runs.Select(r => r.Label).ToArray());
        for (int r = 0; r < runs.Length; r++)
        {
            var run = runs[r];
            string color = styles[r].Color, name = RunLabels.Legend(run.Label, run.Status);
            var epochs = run.Epochs.Select(e => (double?)e.Epoch).ToArray();
            var lr = run.Epochs.Select(e => NumberText.Short(e.LearningRate)).ToArray();
            double? Value(double v) => double.IsFinite(v) ? LogScale.Clip(v, floor, log) : null;
            var val = run.Epochs.Select(e => Value(validation(e))).ToArray();
            var tr = run.Epochs.Select(e => Value(train(e))).ToArray();
            bool markers = epochs.Length <= Traces.MarkerLimit;
            figure.Add(Traces.Line($"{name} (validation)", epochs, val, color, "solid", markers: markers, symbol: styles[r].Symbol).Group(name)
                .Hover($"epoch %{{x}}<br>validation {valueHover}<br>learning rate %{{customdata}}", lr));
            figure.Add(Traces.Line($"{name} (train)", epochs, tr, color, "dash", 1.6, markers, symbol: styles[r].Symbol).Group(name)
                .Hover($"epoch %{{x}}<br>training {valueHover}<br>learning rate %{{customdata}}", lr));
            int last = Array.FindLastIndex(val, v => v is not null);
            if (run.Status.Diverged && last >= 0)
                MarkDivergence(figure, name, run.Status, epochs[last]!.Value, val[last]!.Value, color);
        }
        return figure.Build();
    }
}
