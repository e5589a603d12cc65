using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training;

/// <summary>
/// The rates a <see cref="ReduceOnPlateau"/> has chosen so far, one per epoch, read by the optimizer as a schedule:
/// every batch of epoch e uses the rate chosen for epoch e (the last one chosen for later epochs). Only the trainer
/// appends to it, after each epoch, so every step already taken keeps its rate.
/// </summary>
internal sealed record PlateauRates : Schedule
{
    private readonly List<double> _rates;
    private readonly ReduceOnPlateau _plateau;

    public PlateauRates(ReduceOnPlateau plateau, int stepsPerEpoch)
    {
        _plateau = plateau;
        StepsPerEpoch = stepsPerEpoch;
        _rates = [plateau.LearningRate];
    }

    public int StepsPerEpoch { get; }

    /// <summary>Feeds the epoch's metric to the plateau rule and fixes the rate of the next epoch.</summary>
    public void EndEpoch(double metric) => _rates.Add(_plateau.Step(metric));

    public override double At(int step)
    {
        CheckStep(step);
        return _rates[Math.Min(step / StepsPerEpoch, _rates.Count - 1)];
    }

    public override string Name =>
        $"reduce-on-plateau(lr={_rates[0]:G4}, factor={_plateau.Factor:G4}, patience={_plateau.Patience})";
}
