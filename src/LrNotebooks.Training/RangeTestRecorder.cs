using System.Globalization;

namespace LrNotebooks.Training;

/// <summary>
/// Records an LR range test step by step, smooths the loss, applies the stop rule and computes the
/// suggestions. Shared by <see cref="RangeTest.Run(Network, Dataset, Func{LrNotebooks.Core.Schedules.Schedule, LrNotebooks.Core.Optimizers.Optimizer}, RangeTestOptions?)"/>
/// and <see cref="RangeTest.Analyze"/>.
/// </summary>
internal sealed class RangeTestRecorder(int plannedSteps, double smoothing, double stopFactor)
{
    /// <summary>fast.ai drops the last 5 recorded points before suggesting (<c>recorder.losses[num_it//10:-5]</c>).</summary>
    private const int SkipEnd = 5;

    private readonly List<double> _learningRates = new(plannedSteps);
    private readonly List<double> _losses = new(plannedSteps);
    private readonly List<double> _smoothed = new(plannedSteps);
    private double _average;
    private double _betaPower = 1;
    private double _best = double.PositiveInfinity;
    private string? _stopReason;

    /// <summary>Records step i = Count; returns false when the test must stop (the point is kept unless it is non-finite).</summary>
    public bool Add(double learningRate, double loss)
    {
        int step = _losses.Count;
        double average = smoothing * _average + (1 - smoothing) * loss;
        double betaPower = _betaPower * smoothing;
        double smoothed = average / (1 - betaPower);
        if (!double.IsFinite(loss) || !double.IsFinite(smoothed))
        {
            _stopReason = Format($"the loss became non-finite at step {step} (lr={learningRate:G3})");
            return false;
        }
        _average = average;
        _betaPower = betaPower;
        _learningRates.Add(learningRate);
        _losses.Add(loss);
        _smoothed.Add(smoothed);
        if (smoothed < _best) _best = smoothed;
        if (smoothed > stopFactor * _best)
        {
            _stopReason = Format($"the smoothed loss {smoothed:G4} exceeded {stopFactor:G3}x its best ({_best:G4}) at step {step} (lr={learningRate:G3})");
            return false;
        }
        return true;
    }

    /// <summary>The curve, the suggestions and the stop reason.</summary>
    public RangeTestResult Finish()
    {
        int n = _smoothed.Count;
        if (n == 0) throw new InvalidOperationException("The range test recorded no finite loss: the loss at the initial parameters is not finite.");
        _stopReason ??= Format($"reached the end learning rate after {n} steps (lr={_learningRates[^1]:G3})");

        // fast.ai's window: skip the first plannedSteps/10 points (noisy, bias correction still large) and the last 5.
        int from = plannedSteps / 10, to = n - SkipEnd;
        if (to - from < 2) (from, to) = (0, n);

        int minimum = from;
        for (int i = from + 1; i < to; i++) if (_smoothed[i] < _smoothed[minimum]) minimum = i;

        // fast.ai "steep": forward difference of the smoothed loss against ln(lr), at the left point.
        int steepest = from;
        double steepestSlope = double.PositiveInfinity;
        for (int i = from; i + 1 < to; i++)
        {
            double slope = (_smoothed[i + 1] - _smoothed[i]) / (Math.Log(_learningRates[i + 1]) - Math.Log(_learningRates[i]));
            if (slope < steepestSlope)
            {
                steepestSlope = slope;
                steepest = i;
            }
        }

        return new RangeTestResult(_learningRates, _losses, _smoothed, _learningRates[steepest], _learningRates[minimum] / 10, _stopReason)
        {
            SteepestIndex = steepest,
            MinimumIndex = minimum,
            SuggestionWindowStart = from,
            SuggestionWindowEnd = to,
        };
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
