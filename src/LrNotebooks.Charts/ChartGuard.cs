using LrNotebooks.Core;
using LrNotebooks.Core.Running;
using LrNotebooks.Training;

namespace LrNotebooks.Charts;

/// <summary>Argument checks of the chart methods; every message names the parameter and what is allowed.</summary>
internal static class ChartGuard
{
    public static T NotNull<T>(T? value, string name) where T : class =>
        value ?? throw new ArgumentNullException(name, $"{name} must not be null.");

    /// <summary>At least one item, none null.</summary>
    public static T[] Items<T>(IEnumerable<T?>? items, string name) where T : class
    {
        NotNull(items, name);
        var array = items!.ToArray();
        if (array.Length == 0)
            throw new ArgumentException($"{name} must contain at least one item (length >= 1), but was empty.", name);
        for (int i = 0; i < array.Length; i++)
            if (array[i] is null)
                throw new ArgumentNullException(name, $"{name}[{i}] must not be null.");
        return array!;
    }

    /// <summary>Runs with consistent lists: as many losses as points, a learning rate for every step taken.</summary>
    public static Trajectory[] Runs(IEnumerable<Trajectory?>? runs, string name, int? dimension = null)
    {
        var array = Items(runs, name);
        for (int i = 0; i < array.Length; i++)
        {
            var run = array[i];
            string item = $"{name}[{i}]";
            if (run.Label is null || run.Points is null || run.Losses is null || run.LearningRates is null
                || run.EffectiveStepSizes is null || run.Status is null)
                throw new ArgumentException($"{item} ('{run.Label}') has a null list or status; every property of a Trajectory must be set.", name);
            if (run.Points.Count == 0)
                throw new ArgumentException($"{item} ('{run.Label}') must have at least one point (the start), but Points was empty.", name);
            if (run.Losses.Count != run.Points.Count)
                throw new ArgumentException($"{item} ('{run.Label}') must have one loss per point: Points has {run.Points.Count}, Losses has {run.Losses.Count}.", name);
            if (run.LearningRates.Count < run.StepsTaken)
                throw new ArgumentException($"{item} ('{run.Label}') must have a learning rate for each of its {run.StepsTaken} steps, but LearningRates has {run.LearningRates.Count}.", name);
            for (int k = 0; k < run.Points.Count; k++)
            {
                var p = run.Points[k];
                if (p is null || (dimension is int d && p.Length != d))
                    throw new ArgumentException($"{item} ('{run.Label}'): Points[{k}] must have {dimension} coordinate(s) to match the surface, but had {(p is null ? "null" : p.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))}.", name);
            }
        }
        return array;
    }

    /// <summary>Training results with at least one epoch each.</summary>
    public static TrainingResult[] Trainings(IEnumerable<TrainingResult?>? runs, string name)
    {
        var array = Items(runs, name);
        for (int i = 0; i < array.Length; i++)
            if (array[i].Epochs is null || array[i].Epochs.Count == 0)
                throw new ArgumentException($"{name}[{i}] ('{array[i].Label}') has no completed epoch to plot (Epochs must have length >= 1).", name);
        return array;
    }

    public static void SameCount(int expected, int actual, string name, string what) 
    {
        if (expected != actual)
            throw new ArgumentException($"{name} must have {expected} items ({what}), but had {actual}.", name);
    }

    public static string Text(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must be a non-empty text.", name) : value;

    public static int Steps(int steps, string name) => Guard.AtLeast(steps, 1, name);
}
