using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace LrNotebooks.Core.Running;

/// <summary>Grids of hyper-parameter values and a deterministic parallel map to run one experiment per value.</summary>
public static class Sweep
{
    /// <summary>
    /// <paramref name="count"/> values from <paramref name="from"/> to <paramref name="to"/> evenly spaced on a log scale:
    /// 10^(log₁₀ from + i (log₁₀ to − log₁₀ from)/(count − 1)), endpoints exact (NumPy <c>geomspace</c>).
    /// One value gives [from].
    /// </summary>
    /// <param name="from">First value, finite and &gt; 0.</param>
    /// <param name="to">Last value, finite and &gt; 0 (may be smaller than <paramref name="from"/>).</param>
    /// <param name="count">Number of values, &gt;= 1.</param>
    public static double[] LogSpace(double from, double to, int count)
    {
        Guard.Positive(from);
        Guard.Positive(to);
        Guard.AtLeast(count, 1);
        double a = Math.Log10(from), b = Math.Log10(to);
        return Grid(count, from, to, i => Math.Pow(10, a + (b - a) * i / (count - 1)));
    }

    /// <summary>
    /// <paramref name="count"/> evenly spaced values from <paramref name="from"/> to <paramref name="to"/>, endpoints exact
    /// (NumPy <c>linspace</c>). One value gives [from].
    /// </summary>
    /// <param name="from">First value, finite.</param>
    /// <param name="to">Last value, finite.</param>
    /// <param name="count">Number of values, &gt;= 1.</param>
    public static double[] LinSpace(double from, double to, int count)
    {
        Guard.Finite(from);
        Guard.Finite(to);
        Guard.AtLeast(count, 1);
        return Grid(count, from, to, i => from + (to - from) * i / (count - 1));
    }

    /// <summary>
    /// Applies <paramref name="run"/> to every input in parallel and returns the results in input order. Each result is
    /// written to its own index, so the output equals a serial loop exactly as long as <paramref name="run"/> depends
    /// only on its input (e.g. seeds taken from the input, never shared mutable state). Inputs are handed out one at a
    /// time as workers free up, because runs are of unequal length (a diverged run stops early). If calls throw, all
    /// inputs are still run and the exception of the lowest index is rethrown unchanged, as a serial loop would.
    /// </summary>
    /// <param name="inputs">The inputs, e.g. learning rates.</param>
    /// <param name="run">The experiment for one input.</param>
    /// <param name="maxDegreeOfParallelism">At most this many at once: -1 (default) for all cores, or an integer &gt;= 1 (1 is serial).</param>
    public static TResult[] Map<T, TResult>(IReadOnlyList<T> inputs, Func<T, TResult> run, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(run);
        if (maxDegreeOfParallelism is 0 or < -1)
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism,
                $"maxDegreeOfParallelism must be -1 (all cores) or an integer >= 1, but was {maxDegreeOfParallelism}.");
        var results = new TResult[inputs.Count];
        if (results.Length == 0) return results; // Partitioner.Create rejects an empty range.
        var errors = new Exception?[inputs.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.ForEach(Partitioner.Create(0, inputs.Count, rangeSize: 1), parallel, range =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                try
                {
                    results[i] = run(inputs[i]);
                }
                catch (Exception e)
                {
                    errors[i] = e;
                }
            }
        });
        var first = errors.FirstOrDefault(e => e is not null);
        if (first is not null) ExceptionDispatchInfo.Capture(first).Throw();
        return results;
    }

    /// <summary>
    /// The course's most common experiment: one run per learning rate, in parallel, collected with the rates.
    /// <code>var sweep = Sweep.LearningRates(Sweep.LogSpace(1e-3, 1, 25), lr =&gt; Descent.Run(bowl, Optimizer.Sgd(lr), [2, 1], 100));</code>
    /// </summary>
    /// <param name="learningRates">The learning rates, at least one, each finite and &gt;= 0.</param>
    /// <param name="run">The run for one learning rate.</param>
    public static LearningRateSweep LearningRates(IReadOnlyList<double> learningRates, Func<double, Trajectory> run)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(run);
        if (learningRates.Count == 0) throw new ArgumentException("learningRates must not be empty (length >= 1).", nameof(learningRates));
        for (int i = 0; i < learningRates.Count; i++)
        {
            double lr = learningRates[i];
            if (!double.IsFinite(lr) || lr < 0)
                throw new ArgumentOutOfRangeException(nameof(learningRates), lr,
                    $"learningRates[{i}] must be a finite number >= 0 (allowed range [0, +inf)), but was {lr.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}.");
        }
        var rates = learningRates.ToArray();
        var runs = Map(rates, lr => run(lr) ?? throw new InvalidOperationException($"run returned null for learning rate {lr}."));
        return new LearningRateSweep(rates, runs);
    }

    private static double[] Grid(int count, double from, double to, Func<int, double> at)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = at(i);
        values[0] = from;
        if (count > 1) values[^1] = to;
        return values;
    }
}
