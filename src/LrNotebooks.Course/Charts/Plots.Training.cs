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
    public static GenericChart Training(params TrainingResult[] runs) => Training((IEnumerable<TrainingResult>)runs);

    /// <summary>Accuracy per epoch; see <see cref="Training(TrainingResult[])"/>.</summary>
    public static GenericChart Training(IEnumerable<TrainingResult> runs, string? title = null) =>
        TrainingChart(CheckedTrainings(runs, nameof(runs)), title ?? "Accuracy per epoch",
            new Axis("accuracy", Range: (0, 1.02), TickFormat: ".0%"), false,
            e => e.TrainAccuracy, e => e.ValidationAccuracy, "accuracy %{y:.1%}");

    /// <summary>
    /// Mean cross-entropy per epoch (log y): validation solid, training dashed, one colour per run; a validation
    /// loss that turns up while the training loss keeps falling is overfitting.
    /// </summary>
    /// <example><c>Plots.TrainingLoss(slowRun, goodRun)</c></example>
    public static GenericChart TrainingLoss(params TrainingResult[] runs) => TrainingLoss((IEnumerable<TrainingResult>)runs);

    /// <summary>Loss per epoch; see <see cref="TrainingLoss(TrainingResult[])"/>.</summary>
    public static GenericChart TrainingLoss(IEnumerable<TrainingResult> runs, string? title = null) =>
        TrainingChart(CheckedTrainings(runs, nameof(runs)), title ?? "Loss per epoch",
            new Axis("loss (mean cross-entropy)", Log: true), true,
            e => e.TrainLoss, e => e.ValidationLoss, "loss %{y:.4g}");

    private static GenericChart TrainingChart(TrainingResult[] runs, string title, Axis y, bool log,
        Func<EpochMetrics, double> train, Func<EpochMetrics, double> validation, string valueHover)
    {
        var figure = new FigureBuilder(title, new Axis("epoch"), y);
        var all = runs.SelectMany(r => r.Epochs.SelectMany(e => new[] { train(e), validation(e) })).Where(double.IsFinite).ToArray();
        double floor = LogScale.Floor(all);
        if (log) LogScale.NoteFloor(figure, all, floor, "value", "values");
        for (int r = 0; r < runs.Length; r++)
        {
            var run = runs[r];
            string color = Palette.Color(r), name = RunLabels.Legend(run.Label, run.Status);
            var epochs = run.Epochs.Select(e => (double?)e.Epoch).ToArray();
            var lr = run.Epochs.Select(e => NumberText.Short(e.LearningRate)).ToArray();
            double? Value(double v) => double.IsFinite(v) ? LogScale.Clip(v, floor, log) : null;
            var val = run.Epochs.Select(e => Value(validation(e))).ToArray();
            var tr = run.Epochs.Select(e => Value(train(e))).ToArray();
            bool markers = epochs.Length <= Traces.MarkerLimit;
            figure.Add(Traces.Line($"{name} (validation)", epochs, val, color, "solid", markers: markers, symbol: Palette.Symbol(r)).Group(name)
                .Hover($"epoch %{{x}}<br>validation {valueHover}<br>learning rate %{{customdata}}", lr));
            figure.Add(Traces.Line($"{name} (train)", epochs, tr, color, "dash", 1.6, markers, symbol: Palette.Symbol(r)).Group(name)
                .Hover($"epoch %{{x}}<br>training {valueHover}<br>learning rate %{{customdata}}", lr));
            int last = Array.FindLastIndex(val, v => v is not null);
            if (run.Status.Diverged && last >= 0)
                MarkDivergence(figure, name, run.Status, epochs[last]!.Value, val[last]!.Value, color);
        }
        return figure.Build();
    }
}
