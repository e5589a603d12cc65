using LrNotebooks.Core;
using LrNotebooks.Core.Running;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

// The checks of the runs a chart draws; the general argument checks are Core's Guard.
public static partial class Plots
{
    /// <summary>Runs with consistent lists: as many losses as points, a learning rate for every step taken.</summary>
    private static Trajectory[] CheckedRuns(IEnumerable<Trajectory?>? runs, string name, int? dimension = null)
    {
        var array = Guard.Items(runs, name);
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
    private static TrainingResult[] CheckedTrainings(IEnumerable<TrainingResult?>? runs, string name)
    {
        var array = Guard.Items(runs, name);
        for (int i = 0; i < array.Length; i++)
            if (array[i].Epochs is null || array[i].Epochs.Count == 0)
                throw new ArgumentException($"{name}[{i}] ('{array[i].Label}') has no completed epoch to plot (Epochs must have length >= 1).", name);
        return array;
    }
}
