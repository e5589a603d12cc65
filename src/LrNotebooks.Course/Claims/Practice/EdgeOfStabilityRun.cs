using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>One full-batch run of <see cref="EdgeOfStabilityClaims.Run"/>.</summary>
/// <param name="Rate">The learning rate η.</param>
/// <param name="Run">The run (sharpness in <see cref="TrainingResult.Sharpness"/>, loss per step in <see cref="TrainingResult.BatchLosses"/>).</param>
/// <param name="StartSharpness">Sharpness at step 0.</param>
/// <param name="PeakSharpness">Largest measured sharpness.</param>
/// <param name="MedianRatio">Median of sharpness / (2/η) over the measurements from the window start on.</param>
/// <param name="InitialLoss">Training loss at step 0.</param>
/// <param name="FinalLoss">Training loss at the last step.</param>
/// <param name="LossRises">Steps at which the training loss went up.</param>
public sealed record EdgeOfStabilityRun(double Rate, TrainingResult Run, double StartSharpness, double PeakSharpness, double MedianRatio,
    double InitialLoss, double FinalLoss, int LossRises)
{
    /// <summary>The stability limit of gradient descent on a quadratic with this curvature: 2/η.</summary>
    public double Limit => 2 / Rate;

    /// <summary>The window start the median was taken from (steps).</summary>
    public int WindowStart { get; init; } = 40;
}
