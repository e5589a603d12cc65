namespace LrNotebooks.Core.Running;

/// <summary>
/// One run per learning rate (from <see cref="Sweep.LearningRates"/>), with the questions a sweep answers:
/// which rates diverge, where the edge of stability lies, which rate ends lowest.
/// </summary>
/// <param name="LearningRates">The learning rates, in the order given.</param>
/// <param name="Runs">Runs[i] is the run with LearningRates[i].</param>
public sealed record LearningRateSweep(IReadOnlyList<double> LearningRates, IReadOnlyList<Trajectory> Runs)
{
    /// <summary>The final (last finite) loss of each run.</summary>
    public IReadOnlyList<double> FinalLosses => Runs.Select(r => r.FinalLoss).ToArray();

    /// <summary>Whether each run diverged.</summary>
    public IReadOnlyList<bool> Diverged => Runs.Select(r => r.Status.Diverged).ToArray();

    /// <summary>The index of the run with the lowest final loss among those that did not diverge (the first on ties); null if all diverged.</summary>
    public int? BestIndex
    {
        get
        {
            int? best = null;
            for (int i = 0; i < Runs.Count; i++)
                if (!Runs[i].Status.Diverged && (best is null || Runs[i].FinalLoss < Runs[best.Value].FinalLoss)) best = i;
            return best;
        }
    }

    /// <summary>The learning rate of <see cref="BestIndex"/>; null if all runs diverged.</summary>
    public double? BestLearningRate => BestIndex is int i ? LearningRates[i] : null;

    /// <summary>The largest learning rate whose run did not diverge; null if all diverged.</summary>
    public double? LargestStableLearningRate =>
        Enumerable.Range(0, Runs.Count).Where(i => !Runs[i].Status.Diverged).Select(i => (double?)LearningRates[i]).Max();

    /// <summary>The smallest learning rate whose run diverged (the empirical edge of stability); null if none diverged.</summary>
    public double? SmallestDivergingLearningRate =>
        Enumerable.Range(0, Runs.Count).Where(i => Runs[i].Status.Diverged).Select(i => (double?)LearningRates[i]).Min();
}
