import type { LangiumSharedCoreServices } from 'langium';
import { AstUtils, WorkspaceCache } from 'langium';
import type { Module, Programme, YearSet } from '../generated/ast.js';
import { isModule, isProgrammeYears } from '../generated/ast.js';
import type { OfferingIndexManager } from '../workspace/index-manager.js';

/**
 * The highest year a programme can have. Later years are nonsense; they are reported
 * (`offering.years.out-of-range`), and the cap keeps bad input (`years 1..1000000000`) cheap.
 */
export const MAX_YEAR = 100;

/** The years a year set names (ranges may be written backwards; that is reported elsewhere). */
export function yearsOf(set: YearSet | undefined): number[] {
    const years = new Set<number>();
    for (const range of set?.ranges ?? []) {
        const from = Math.min(range.from, range.to ?? range.from);
        const to = Math.max(range.from, range.to ?? range.from);
        for (let year = from; year <= Math.min(to, MAX_YEAR); year++) {
            years.add(year);
        }
    }
    return [...years].sort((a, b) => a - b);
}

/** `1, 2, 3` or `none`: a list of years for messages. */
export function describeYears(years: number[], none: string): string {
    return years.length === 0 ? none : years.join(', ');
}

/** A module's place in one programme: the years it belongs to (empty = no year, e.g. a study trip). */
export interface Membership {
    module: Module;
    years: number[];
}

/**
 * Which modules belong to which programme (year), across the workspace: nested modules
 * belong to their programme, and every `for P years ...` adds a membership. Built once
 * per workspace state, so asking per programme is linear overall.
 */
export class ProgrammeIndex {

    /** Per programme, cached until the workspace changes: several checks ask for the same programme. */
    private readonly memberships: WorkspaceCache<Programme, Membership[]>;

    constructor(private readonly shared: LangiumSharedCoreServices) {
        this.memberships = new WorkspaceCache(shared);
    }

    membersOf(programme: Programme): Membership[] {
        return this.memberships.get(programme, () => this.collect(programme));
    }

    /** The members of a programme in one year. */
    membersInYear(programme: Programme, year: number): Module[] {
        return this.membersOf(programme).filter(member => member.years.includes(year)).map(member => member.module);
    }

    /**
     * Its nested modules, then the modules elsewhere that name it with `for`, found through the
     * index's references to the programme (in order of place, so the order never depends on history).
     */
    private collect(programme: Programme): Membership[] {
        const members: Membership[] = programme.modules.map(module => ({ module, years: yearsOf(module.years) }));
        const document = AstUtils.getDocument(programme);
        const services = this.shared.ServiceRegistry.getServices(document.uri);
        const index = this.shared.workspace.IndexManager as OfferingIndexManager;
        // Only a module's `for` clause (property `programmes`) makes a member; classes (`students of`) refer to programmes too.
        const references = [...index.referencesTo(document.uri.toString(), services.workspace.AstNodeLocator.getAstNodePath(programme))]
            .filter(reference => FOR_CLAUSE.test(reference.sourcePath))
            .sort((a, b) => compare(a.sourceUri.toString(), b.sourceUri.toString()) || compare(a.sourcePath, b.sourcePath));
        for (const reference of references) {
            const source = this.shared.workspace.LangiumDocuments.getDocument(reference.sourceUri);
            const entry = source && services.workspace.AstNodeLocator.getAstNode(source.parseResult.value, reference.sourcePath);
            if (isProgrammeYears(entry) && isModule(entry.$container) && entry.$container.$container !== programme && entry.programme?.ref === programme) {
                members.push({ module: entry.$container, years: yearsOf(entry.years) });
            }
        }
        return members;
    }
}

/** The path of a `for` entry of a module: `.../programmes@2`. */
const FOR_CLAUSE = /\/programmes@\d+$/;

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
