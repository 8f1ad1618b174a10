import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { KeyValuePipe } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { forkJoin, of } from 'rxjs';
import { AuthService } from '../../../core/auth/auth.service';
import { ProblemMessageService } from '../../../core/http/problem-message.service';
import { MurekaAccount, QueueStatus } from '../models/song';
import { SongService } from '../services/song.service';

/** The Mureka account (balance, spending, concurrency) and song-service's queue. */
@Component({
  selector: 'app-song-profile-page',
  imports: [MatButtonModule, TranslatePipe, KeyValuePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './song-profile.page.html',
  styleUrl: './song-profile.page.scss',
})
export class SongProfilePage implements OnInit {
  private readonly songs = inject(SongService);
  private readonly problems = inject(ProblemMessageService);

  /** The account's money is the owner's (admin-only in song-service); everyone sees the queue. */
  protected readonly isAdmin = inject(AuthService).isAdmin;
  protected readonly account = signal<MurekaAccount | null>(null);
  protected readonly queue = signal<QueueStatus | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected load(): void {
    this.error.set(null);
    forkJoin({
      account: this.isAdmin() ? this.songs.murekaAccount() : of(null),
      queue: this.songs.queueStatus(),
    }).subscribe({
      next: ({ account, queue }) => {
        this.account.set(account);
        this.queue.set(queue);
      },
      error: (error: unknown) => this.error.set(this.problems.message(error)),
    });
  }

  /** Mureka reports money in US cents. */
  protected money(cents: number | null | undefined): string {
    return cents === undefined || cents === null ? '–' : `$${(cents / 100).toFixed(2)}`;
  }
}
