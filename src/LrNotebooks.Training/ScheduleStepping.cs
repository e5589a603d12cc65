namespace LrNotebooks.Training;

/// <summary>How often a learning-rate schedule advances during training.</summary>
public enum ScheduleStepping
{
    /// <summary>
    /// Once per mini-batch: batch step t (0-based, counted over all epochs) uses <c>schedule.At(t)</c>, as when
    /// PyTorch's <c>scheduler.step()</c> is called after every <c>optimizer.step()</c> (the usual way for
    /// <c>OneCycleLR</c> and <c>CyclicLR</c>). The schedule's step counts are batches.
    /// </summary>
    PerBatch,

    /// <summary>
    /// Once per epoch: every batch of epoch e (0-based) uses <c>schedule.At(e)</c>, as when PyTorch's
    /// <c>scheduler.step()</c> is called once after each epoch (the usual way for <c>StepLR</c> and
    /// <c>CosineAnnealingLR(T_max=epochs)</c>). The schedule's step counts are epochs. Implemented by
    /// wrapping the schedule in an <see cref="EpochSchedule"/>.
    /// </summary>
    PerEpoch,
}
