import { Directive, inject, input, TemplateRef } from '@angular/core';
import { Identified, ListView } from '../list/list-state';

/**
 * `<ng-template [appListItem]="list" let-item>`: what one row of the list shows, inside the row's
 * button. The list it names types `item`.
 */
@Directive({ selector: 'ng-template[appListItem]', exportAs: 'appListItem' })
export class ListItemDirective<T extends Identified> {
  readonly appListItem = input.required<ListView<T, Identified>>();
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  static ngTemplateContextGuard<T extends Identified>(
    directive: ListItemDirective<T>,
    context: unknown,
  ): context is { $implicit: T } {
    // Only the type matters (template type-checking); at run time the context is always right.
    return directive !== undefined && context !== undefined;
  }
}

/** `<ng-template [appListBody]="list" let-items>`: a list drawn its own way (the image grid). */
@Directive({ selector: 'ng-template[appListBody]' })
export class ListBodyDirective<T extends Identified> {
  readonly appListBody = input.required<ListView<T, Identified>>();
  readonly template = inject<TemplateRef<{ $implicit: T[] }>>(TemplateRef);

  static ngTemplateContextGuard<T extends Identified>(
    directive: ListBodyDirective<T>,
    context: unknown,
  ): context is { $implicit: T[] } {
    // Only the type matters (template type-checking); at run time the context is always right.
    return directive !== undefined && context !== undefined;
  }
}

/** `<ng-template [appListDetail]="list" let-item>`: the detail panel of the selected record. */
@Directive({ selector: 'ng-template[appListDetail]' })
export class ListDetailDirective<D extends Identified> {
  readonly appListDetail = input.required<ListView<Identified, D>>();
  readonly template = inject<TemplateRef<{ $implicit: D }>>(TemplateRef);

  static ngTemplateContextGuard<D extends Identified>(
    directive: ListDetailDirective<D>,
    context: unknown,
  ): context is { $implicit: D } {
    // Only the type matters (template type-checking); at run time the context is always right.
    return directive !== undefined && context !== undefined;
  }
}
