using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// The Adam family (adaptive moment estimation): <see cref="Adam"/>, <see cref="AdamW"/>, <see cref="Adamax"/>,
/// <see cref="NAdam"/> and <see cref="RAdam"/> share the hyper-parameters β₁, β₂, ε and a weight decay λ, with
/// PyTorch's ranges. Each member documents its own update formula and effective step size.
/// </summary>
public abstract record AdaptiveMomentOptimizer : Optimizer
{
    /// <summary>The index of the first moment m in <see cref="OptimizerState.Buffer"/>, in every member of the family.</summary>
    public const int FirstMomentBuffer = 0;

    /// <summary>The index of the second moment v in <see cref="OptimizerState.Buffer"/> (Adamax keeps its infinity norm there).</summary>
    public const int SecondMomentBuffer = 1;

    private protected AdaptiveMomentOptimizer(Schedule learningRate, double beta1, double beta2, double eps, double weightDecay) : base(learningRate)
    {
        Beta1 = Guard.InRange(beta1, 0, 1, maxInclusive: false);
        Beta2 = Guard.InRange(beta2, 0, 1, maxInclusive: false);
        Eps = Guard.NonNegative(eps);
        WeightDecay = Guard.NonNegative(weightDecay);
    }

    /// <summary>Decay β₁ in [0, 1) of the first moment m.</summary>
    public double Beta1 { get; }

    /// <summary>Decay β₂ in [0, 1) of the second moment v (Adamax: of the infinity norm u).</summary>
    public double Beta2 { get; }

    /// <summary>ε &gt;= 0 that keeps the denominator away from zero (where it enters is documented per optimizer).</summary>
    public double Eps { get; }

    /// <summary>
    /// Weight decay λ &gt;= 0: L2, added to the gradient as λ·p, for all members except <see cref="AdamW"/>, where it is
    /// decoupled (p shrinks by the factor 1 − η·λ).
    /// </summary>
    public double WeightDecay { get; }

    /// <summary>The label with the family's hyper-parameters that differ from PyTorch's defaults.</summary>
    private protected OptimizerLabel Label(string algorithm, double defaultWeightDecay = 0) =>
        OptimizerLabel.Start(algorithm, LearningRate)
            .With("beta1", Beta1, 0.9).With("beta2", Beta2, 0.999).With("eps", Eps, 1e-8).With("weight_decay", WeightDecay, defaultWeightDecay);
}
