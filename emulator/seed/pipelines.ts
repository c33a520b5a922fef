import type { PipelineRecord, Pipelines } from "../model";

/**
 * A portal's CRM pipelines as HubSpot's pipelines API returns them. Goals name them by id in
 * `hs_pipeline_ids` ("default" for the deals pipeline every portal starts with, "0" for tickets);
 * HubSpot's default pipelines carry the epoch as their creation time.
 */
const EPOCH = new Date(0).toISOString();

function pipeline(id: string, label: string, displayOrder: number, stages: string[], createdAt = EPOCH): PipelineRecord {
  return {
    id,
    label,
    displayOrder,
    archived: false,
    createdAt,
    updatedAt: createdAt,
    stages: stages.map((stageLabel, index) => ({
      id: `${id === "default" ? "" : `${id}-`}${stageLabel.toLowerCase().replace(/[^a-z]+/g, "")}`,
      label: stageLabel,
      displayOrder: index,
      metadata: {},
      archived: false,
      createdAt,
      updatedAt: createdAt,
    })),
  };
}

const DEAL_STAGES = ["Appointment scheduled", "Qualified to buy", "Presentation scheduled", "Decision maker bought-in", "Contract sent", "Closed won", "Closed lost"];
const TICKET_STAGES = ["New", "Waiting on contact", "Waiting on us", "Closed"];

/** The pipelines of a portal, its name's first word leading its labels (so cross-portal leaks show). */
export function seedPipelines(company: string): Pipelines {
  return {
    deals: [
      pipeline("default", `${company} Sales Pipeline`, 0, DEAL_STAGES),
      pipeline("75e28846", `${company} Renewals`, 1, ["Renewal due", "Renewal quoted", "Closed won", "Closed lost"], "2025-03-11T14:02:51.310Z"),
    ],
    tickets: [pipeline("0", `${company} Support Pipeline`, 0, TICKET_STAGES)],
  };
}
