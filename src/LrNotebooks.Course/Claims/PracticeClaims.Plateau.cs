using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class PracticeClaims
{
    /// <summary>
    /// Reduce-on-plateau (PyTorch <c>ReduceLROnPlateau</c>): SGD with momentum on digits whose rate is multiplied by
    /// <see cref="PlateauSettings.Factor"/> once the validation loss has failed to improve (by the relative threshold
    /// 1e-4) for more than <see cref="PlateauSettings.Patience"/> epochs in a row. The claim: the epochs after which the
    /// rate dropped are exactly those the validation-loss sequence calls for (counted here from the recorded losses),
    /// never others, and the rule acted at least <see cref="PlateauSettings.MinReductions"/> times.
    /// </summary>
    /// <param name="data">The digits split.</param>
    /// <param name="settings">Network, rate, factor, patience, epochs and seed; null for the notebook's.</param>
    public static PlateauResult Plateau(DataSplit data, PlateauSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var s = settings ?? new PlateauSettings();
        var network = Network.ForDigits([.. s.Hidden]);
        var rule = new ReduceOnPlateau(s.Rate, factor: s.Factor, patience: s.Patience);
        var run = Trainer.TrainWithPlateau(network, data, lr => Optimizer.Sgd(lr, momentum: s.Momentum), rule,
            options: new TrainingOptions { Epochs = s.Epochs, Seed = s.Seed, Label = "reduce-on-plateau" });
        var epochs = run.Epochs;
        var observed = new List<int>();
        for (int e = 0; e + 1 < epochs.Count; e++)
            if (epochs[e + 1].LearningRate < epochs[e].LearningRate) observed.Add(epochs[e].Epoch);

        // The rule, counted by hand: a bad epoch does not beat the best loss by 1e-4 relative; more than
        // `patience` bad epochs in a row call for a drop after that epoch, and the count starts again.
        var expected = new List<int>();
        double best = double.PositiveInfinity;
        int bad = 0;
        foreach (var m in epochs.Take(epochs.Count - 1))
        {
            if (m.ValidationLoss < best * (1 - 1e-4)) { best = m.ValidationLoss; bad = 0; }
            else bad++;
            if (bad > s.Patience) { expected.Add(m.Epoch); bad = 0; }
        }
        bool holds = observed.SequenceEqual(expected) && observed.Count >= s.MinReductions;
        string evidence = $"η₀ = {Numbers.Format(s.Rate)}, factor {Numbers.Format(s.Factor)}, patience {s.Patience}, {s.Epochs} epochs: "
            + $"the rate dropped after epochs {{{string.Join(", ", observed)}}}; more than {s.Patience} epochs without a better "
            + $"validation loss ended at epochs {{{string.Join(", ", expected)}}}; final rate {Numbers.Format(epochs[^1].LearningRate)}";
        return new PlateauResult(run, observed, expected, holds, evidence);
    }
}
