// The in-memory model the generator builds once and writes twice: as Offering files and
// as YAML files (the route a team would take without Offering). Both carry the same facts.

export interface SizeModel { min: number; max?: number; unit: 'SBU' | 'EC' | 'hours' }
export interface YearsModel { from: number; to: number }

export interface SharedModel {
    board: { name: string; title: string; code: string };
    providers: Array<{ name: string; title: string; code: string }>;
    locations: Array<{ name: string; title: string; code: string; address: string; providers: string[] }>;
    calendar: { name: string; title: string; periods: Array<{ name: string; title: string; start: string; end: string }> };
    groupings: Array<{ name: string; title: string; parent?: string }>;
    characteristics: Array<{ name: string; title: string; code: string }>;
    targetGroups: Array<{ name: string; title: string }>;
    policy: { name: string; title: string; moduleSize: SizeModel; minIntakes: number; keuzedeelVolume: SizeModel };
}

export interface OfferingModel {
    provider: string;
    location: string;
    pathway: 'BOL' | 'BBL';
    characteristics: string[];
    targetGroups: string[];
    /** Either period names of the programme's calendar or fixed dates. */
    intakePeriods?: string[];
    intakeDates?: string[];
}

export interface ModuleModel { name: string; title: string; size: SizeModel; year: number; levels?: string[] }

export interface ProgrammeModel {
    name: string;
    title: string;
    doc: string;
    crebo: string;
    level: string;
    years: YearsModel;
    pathways: Array<'BOL' | 'BBL'>;
    grouping: string;
    calendar: string;
    offerings: OfferingModel[];
    modules: ModuleModel[];
}

export interface KeuzedeelModel { name: string; title: string; code: string; size: SizeModel; programme: string; years: number[] }

export interface ClassModel { name: string; title: string; periods: string[]; programme: string; year: number; teaches: string[] }

export interface ProgrammeFileModel {
    /** Relative path without extension, e.g. `programmes/techniek-003`. */
    path: string;
    programmes: ProgrammeModel[];
    keuzedelen: KeuzedeelModel[];
    classes: ClassModel[];
}

export interface InstitutionModel {
    shared: SharedModel;
    files: ProgrammeFileModel[];
}
