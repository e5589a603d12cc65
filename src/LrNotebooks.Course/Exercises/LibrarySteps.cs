using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Course;

/// <summary>The library's optimizers run on one parameter: the reference the implement-it exercises compare with.</summary>
internal static class LibrarySteps
{
    /// <summary>The parameter after each step of <paramref name="optimizer"/>, fed the given gradients one per step.</summary>
    public static double[] Parameters(Optimizer optimizer, double start, IReadOnlyList<double> gradients)
    {
        var state = optimizer.CreateState(1);
        double[] p = [start];
        var after = new double[gradients.Count];
        for (int t = 0; t < gradients.Count; t++)
        {
            optimizer.Step(p, [gradients[t]], state);
            after[t] = p[0];
        }
        return after;
    }
}
