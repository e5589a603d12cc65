namespace LrNotebooks.Training;

/// <summary>Running sums of an evaluation over consecutive chunks of rows.</summary>
internal struct EvaluationAccumulator
{
    public double LossSum;
    public int Correct;
    public int Count;

    public readonly Evaluation ToEvaluation() => new(LossSum / Count, Correct / (double)Count, Correct, Count);
}
