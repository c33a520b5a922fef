import type { Directory, Pipelines, PortalProfile, TargetRecord } from "../model";
import { assigneesFrom } from "./assignees";
import { CONTOSO_DOMAIN, CONTOSO_PEOPLE, CONTOSO_PROFILE, CONTOSO_TEAMS, contosoFamilies } from "./contoso";
import { buildDirectory, type PersonSpec, type TeamSpec } from "./directory";
import { EMPTY_DOMAIN, EMPTY_PEOPLE, EMPTY_PROFILE } from "./empty";
import { draftFamily, type FamilySpec, type TargetDraft } from "./family";
import { finalizeDrafts } from "./finalize";
import { IdFactory } from "./ids";
import { NORTHWIND_DOMAIN, NORTHWIND_PEOPLE, NORTHWIND_PROFILE, NORTHWIND_TEAMS } from "./northwind";
import { northwindFamilies } from "./northwind-goals";
import { paddingFamilies } from "./padding";
import { seedPipelines } from "./pipelines";
import { portalRandom, type Random } from "./random";
import type { AssigneeHelpers } from "./assignees";

export interface SeededPortal {
  profile: PortalProfile;
  directory: Directory;
  pipelines: Pipelines;
  targets: TargetRecord[];
}

export interface SeedOptions {
  seed: number;
  now: Date;
  /** Minimum number of non-archived targets in the demo portal. */
  targets?: number;
}

interface PortalRecipe {
  profile: PortalProfile;
  domain: string;
  teams: TeamSpec[];
  people: PersonSpec[];
  families: (a: AssigneeHelpers, random: Random, now: Date) => FamilySpec[];
  /** Extra families once the hand-made ones are drafted and counted. */
  padding?: (a: AssigneeHelpers, random: Random, now: Date, activeCount: number) => FamilySpec[];
}

function seedPortal(recipe: PortalRecipe, options: SeedOptions): SeededPortal {
  const random = portalRandom(options.seed, recipe.profile.portalId);
  const ids = new IdFactory(random);
  const seeded = buildDirectory(random, ids, options.now, recipe.domain, recipe.teams, recipe.people);
  const helpers = assigneesFrom(seeded);
  const drafts: TargetDraft[] = [];
  for (const family of recipe.families(helpers, random, options.now)) {
    drafts.push(...draftFamily(family, random, ids, options.now));
  }
  const active = drafts.filter((draft) => !draft.archivedAt).length;
  for (const family of recipe.padding?.(helpers, random, options.now, active) ?? []) {
    drafts.push(...draftFamily(family, random, ids, options.now));
  }
  const pipelines = seedPipelines(recipe.profile.name.split(" ")[0]);
  return { profile: recipe.profile, directory: seeded.directory, pipelines, targets: finalizeDrafts(drafts, ids) };
}

/** Builds every portal from the seed. Each portal draws from its own random stream. */
export function seedPortals(options: SeedOptions): SeededPortal[] {
  const northwind: PortalRecipe = {
    profile: NORTHWIND_PROFILE,
    domain: NORTHWIND_DOMAIN,
    teams: NORTHWIND_TEAMS,
    people: NORTHWIND_PEOPLE,
    families: northwindFamilies,
    padding: (a, random, now, active) =>
      options.targets && options.targets > active
        ? paddingFamilies(a, random, now, options.targets - active, {
            createdByUserId: a.userId("grace"),
            currency: NORTHWIND_PROFILE.currency,
            fiscalYearOffset: NORTHWIND_PROFILE.fiscalYearOffset,
          })
        : [],
  };
  const contoso: PortalRecipe = {
    profile: CONTOSO_PROFILE,
    domain: CONTOSO_DOMAIN,
    teams: CONTOSO_TEAMS,
    people: CONTOSO_PEOPLE,
    families: contosoFamilies,
  };
  const empty: PortalRecipe = {
    profile: EMPTY_PROFILE,
    domain: EMPTY_DOMAIN,
    teams: [],
    people: EMPTY_PEOPLE,
    families: () => [],
  };
  return [northwind, contoso, empty].map((recipe) => seedPortal(recipe, options));
}
