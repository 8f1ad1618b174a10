import { CdkDrag, CdkDragDrop, CdkDropList } from '@angular/cdk/drag-drop';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormsModule,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Subject, catchError, debounceTime, of, switchMap } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { NotificationService } from '../../../core/http/notification.service';
import { ProblemMessageService } from '../../../core/http/problem-message.service';
import { EmptyStateComponent } from '../../../shared/components/empty-state.component';
import {
  AppliedRules,
  LyricRule,
  LyricRuleInput,
  LyricRuleType,
} from '../../../shared/models/lyric-rule';
import { LyricRuleService } from '../../../shared/services/lyric-rule.service';
import { reorderWithin, sortRules } from '../domain/rule-order';

/** The rules endpoint pages at 100 at most; far more than the handful of rules an install has. */
const ALL = 100;

@Component({
  selector: 'app-lyric-rules-page',
  imports: [
    CdkDropList,
    CdkDrag,
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lyric-rules.page.html',
  styleUrl: './lyric-rules.page.scss',
})
export class LyricRulesPage implements OnInit {
  private readonly rules = inject(LyricRuleService);
  private readonly notifications = inject(NotificationService);
  private readonly problems = inject(ProblemMessageService);
  private readonly translate = inject(TranslateService);
  private readonly auth = inject(AuthService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly types: LyricRuleType[] = ['cleanup', 'section'];
  protected readonly type = signal<LyricRuleType>('cleanup');
  protected readonly all = signal<LyricRule[]>([]);
  protected readonly visible = computed(() =>
    sortRules(this.all()).filter((r) => r.rule_type === this.type()),
  );
  /** The rule being edited, `new` for a new one, null for none. */
  protected readonly editing = signal<LyricRule | 'new' | null>(null);
  protected readonly editingId = computed(() => {
    const editing = this.editing();
    return editing && editing !== 'new' ? editing.id : null;
  });
  protected readonly isAdmin = this.auth.isAdmin;

  protected readonly sample = signal('');
  protected readonly result = signal<AppliedRules | null>(null);
  protected readonly testError = signal<string | null>(null);
  private readonly test$ = new Subject<void>();

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    description: ['', Validators.maxLength(2000)],
    pattern: ['', [Validators.required, Validators.maxLength(2000)]],
    replacement: ['', Validators.maxLength(2000)],
    rule_type: this.fb.control<LyricRuleType>('cleanup'),
    active: [true],
  });

  ngOnInit(): void {
    this.load();
    this.test$
      .pipe(
        debounceTime(400),
        switchMap(() =>
          this.rules.apply(this.sample(), this.type()).pipe(
            catchError((error: unknown) => {
              this.testError.set(this.problems.message(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((result) => {
        if (result) {
          this.testError.set(null);
          this.result.set(result);
        }
      });
  }

  protected pickType(type: LyricRuleType): void {
    this.type.set(type);
    this.editing.set(null);
    this.runTest();
  }

  protected runTest(): void {
    if (this.sample()) {
      this.test$.next();
    } else {
      this.result.set(null);
    }
  }

  protected edit(rule: LyricRule): void {
    this.editing.set(rule);
    this.form.reset({
      name: rule.name,
      description: rule.description ?? '',
      pattern: rule.pattern,
      replacement: rule.replacement,
      rule_type: rule.rule_type,
      active: rule.active,
    });
  }

  protected startNew(): void {
    this.editing.set('new');
    this.form.reset({ rule_type: this.type(), active: true });
  }

  protected save(): void {
    const editing = this.editing();
    if (!editing || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const input: LyricRuleInput = { ...v, description: v.description.trim() || null };
    const request =
      editing === 'new' ? this.rules.create(input) : this.rules.update(editing.id, input);
    request.subscribe({
      next: (saved) => {
        this.notifications.info('rules.saved');
        this.type.set(saved.rule_type);
        this.editing.set(saved);
        this.load();
        this.runTest();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected toggleActive(rule: LyricRule): void {
    const { name, description, pattern, replacement, rule_type, order } = rule;
    this.rules
      .update(rule.id, {
        name,
        description,
        pattern,
        replacement,
        rule_type,
        order,
        active: !rule.active,
      })
      .subscribe({
        next: () => {
          this.load();
          this.runTest();
        },
        error: (error: unknown) => this.notifications.error(error),
      });
  }

  protected remove(rule: LyricRule): void {
    if (!confirm(this.translate.instant('rules.confirmDelete', { name: rule.name }))) {
      return;
    }
    this.rules.delete(rule.id).subscribe({
      next: () => {
        this.editing.set(null);
        this.load();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  protected drop(event: CdkDragDrop<LyricRule[]>): void {
    if (event.previousIndex === event.currentIndex) {
      return;
    }
    const ids = reorderWithin(this.all(), this.type(), event.previousIndex, event.currentIndex);
    this.rules.reorder(ids).subscribe({
      next: (rules) => {
        this.all.set(rules);
        this.runTest();
      },
      error: (error: unknown) => this.notifications.error(error),
    });
  }

  /** Newlines and tabs made visible in the list, where a rule is one line. */
  protected visibleWhitespace(text: string): string {
    return text.replace(/\n/g, '↵').replace(/\t/g, '⇥');
  }

  private load(): void {
    this.rules.list({ limit: ALL }).subscribe({
      next: (page) => this.all.set(page.items),
      error: (error: unknown) => this.notifications.error(error),
    });
  }
}
