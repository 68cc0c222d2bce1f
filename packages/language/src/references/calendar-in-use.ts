import type { AstNode } from 'langium';
import type { Calendar } from '../generated/ast.js';
import { isModule, isModuleOffering, isProgramme, isProgrammeOffering } from '../generated/ast.js';

/**
 * The calendar that governs a node: the nearest offering, module or programme that names one.
 * A plain walk up the containers, safe to call while linking (the scope provider does).
 */
export function calendarInUse(node: AstNode | undefined): Calendar | undefined {
    for (let current = node; current; current = current.$container) {
        if ((isProgrammeOffering(current) || isModuleOffering(current) || isModule(current) || isProgramme(current)) && current.calendar?.ref) {
            return current.calendar.ref;
        }
    }
    return undefined;
}
